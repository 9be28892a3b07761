// Persian messages of the engine section: the ids and placeholders of en/engine.ts. Values from the file
// (ids, fields, titles) arrive inside bidi isolates; quote them with « ». Persian has no capitals, so a
// phrase's `start` selects nothing (`{start, select, other {…}}`).
import type { engine as en } from '../en/engine';

export const engine: Record<keyof typeof en, string> = {
  'engine.internalError':
    'strategy-lint نتوانست بررسی «{check}» را تمام کند ({error}). لطفاً این را گزارش دهید.',

  'yaml.aliasBudget':
    'این فایل بیش از {max} بار محتوا را با ارجاع‌های YAML ({alias}) تکرار می‌کند. به‌جای آن، محتوا را کامل بنویسید.',
  'yaml.tooDeep':
    'فهرست‌ها و بخش‌های این‌جا بیش از حد تودرتو هستند (یا بسته نشده‌اند) و YAML نمی‌تواند فایل را بخواند. استراتژی فقط به چند سطح نیاز دارد: بررسی کنید که هر {openBracket} و {openBrace} با {closeBracket} و {closeBrace} بسته شده باشد و تورفتگی‌ها درست باشند.',
  'yaml.noAnchor':
    'هیچ لنگری به نام «{anchor}» نیست که «{alias}» از آن رونوشت بگیرد. «{anchor}» را جایی بالاتر در فایل تعریف کنید، یا مقدار را کامل بنویسید.',
  'yaml.alias':
    'این فایل با لنگرها و ارجاع‌های YAML ({anchor}، {alias}) محتوا را دوباره به کار می‌برد. این کار درست است، اما تقویم نمی‌تواند پست‌هایی را که این‌گونه تعریف شده‌اند جابه‌جا کند و بررسی کندتر می‌شود.',
  'yaml.empty':
    'این فایل استراتژی خالی است. با «{version}»، یک «{name}» و یک «{period}» شروع کنید (برای قالبی با راهنما، فرمان «{command}» را اجرا کنید).',
  'yaml.repeated': '{problem} (همین مشکل {more, plural, other {# بار دیگر}} در ادامه دیده می‌شود.)',
  'yaml.more':
    '…و {count, plural, other {# مشکل دیگر}} در نگارش YAML در ادامهٔ فایل. اول مشکل‌های بالاتر را درست کنید: یک اشتباه اغلب چند مشکل پدید می‌آورد.',
  'yaml.duplicateKey':
    'این کلید دو بار در یک جا آمده است. یکی را نگه دارید: دومی بی‌صدا جای اولی را می‌گیرد.',
  'yaml.tabIndent':
    'این‌جا برای تورفتگی از تب استفاده شده است. YAML فقط فاصله را می‌پذیرد: تب را با فاصله جایگزین کنید.',
  'yaml.multipleDocs':
    'این فایل بیش از یک سند YAML دارد (سطری با «{separator}» سند دوم را آغاز می‌کند). در هر فایل فقط یک استراتژی نگه دارید.',
  'yaml.notClosed': 'چیزی این‌جا بسته نشده است: یک گیومه، کروشه یا آکولاد جا افتاده است.',
  'yaml.badIndent': 'تورفتگی این‌جا درست نیست: این سطر را با موارد دیگر همان فهرست یا بخش هم‌تراز کنید.',
  'yaml.multilineKey':
    'کلید نمی‌تواند در چند سطر باشد. آیا در سطر قبل یک «{colon}» یا گیومه‌ای جا افتاده است؟',
  'yaml.badEscape':
    'این متن داخل گیومهٔ دوتایی یک بک‌اسلش دارد که YAML آن را نمی‌فهمد. از گیومهٔ تکی استفاده کنید، یا برای بک‌اسلش {escape} بنویسید.',
  'yaml.unexpected': 'YAML نمی‌تواند این را بخواند: دونقطه‌ها، خط تیره‌ها و گیومه‌های این سطر را بررسی کنید.',
  'yaml.other': 'YAML نمی‌تواند این را بخواند: {detail}.',
  'yaml.quote.start': 'متنی که با {char} شروع می‌شود باید داخل گیومه باشد، مثلاً {example}.',
  'yaml.quote.colon':
    'این متن «{colon}» دارد که YAML آن را فیلدی تازه می‌خواند. کل متن را داخل گیومه بگذارید: {example}.',
  'yaml.fix.tab': 'جایگزینی تب با دو فاصله',
  'yaml.fix.quote': 'گذاشتن متن داخل گیومه',

  'schema.where.strategy': '{start, select, other {استراتژی}}',
  'schema.where.named': '{start, select, other {{noun} «{name}»}}',
  'schema.where.postOn': '{start, select, other {پست روز «{date}»}}',
  'schema.where.nth': '{noun} شمارهٔ {n} در «{section}»',
  'schema.where.values': '{start, select, other {مقدارهای ماهانه}}',
  'schema.where.field': '«{field}»',
  'schema.noun':
    '{start, select, other {{kind, select, objectives {هدف کلان} goals {هدف} audiences {مخاطب} competitors {رقیب} platforms {شبکهٔ} calendar {پست} metrics {شاخص} relationships {رابطهٔ} engagement {قاعدهٔ تعامل} reviews {بازبینی} presence {حضور رقیب} other {مورد}}}}',
  'schema.fallback':
    '{which, select, list {این فهرست} section {این بخش} value {این مقدار} valueStart {این مقدار} other {با شکل مورد انتظار جور نیست}}',

  'schema.required': 'برای {where} فیلد «{field}» لازم است.',
  'schema.required.id':
    'برای {where} فیلد «{field}» لازم است. شناسه نامی کوتاه است (حروف کوچک لاتین، رقم و خط تیره) که بخش‌های دیگر فایل با آن به این مورد اشاره می‌کنند.',
  'schema.required.version': 'برای {where} فیلد «{field}» لازم است. در بالای فایل «{example}» را بیفزایید.',
  'schema.required.period':
    'برای {where} فیلد «{field}» لازم است. تاریخ‌هایی را که استراتژی در بر می‌گیرد بیفزایید، مثلاً «{example}».',
  'schema.required.date': 'برای {where} فیلد «{field}» لازم است. آن را به شکل {format} بنویسید.',
  'schema.required.platform':
    'برای {where} فیلد «{field}» لازم است. شناسهٔ یکی از شبکه‌هایی را بنویسید که زیر «{section}» فهرست شده‌اند.',
  'schema.additionalProperty':
    '{where} فیلدی به نام «{key}» ندارد. فیلدهایی که می‌تواند داشته باشد: {allowed}.',
  'schema.additionalProperty.didYouMean': '{where} فیلدی به نام «{key}» ندارد. منظورتان «{suggestion}» بود؟',
  'schema.additionalProperty.noFields': '{where} فیلدی به نام «{key}» ندارد.',
  'schema.enum.key': '«{key}» کلید معتبری برای «{field}» نیست. یکی از این‌ها را به کار ببرید: {allowed}.',
  'schema.enum.key.didYouMean':
    '«{key}» کلید معتبری برای «{field}» نیست. منظورتان «{suggestion}» بود؟ یکی از این‌ها را به کار ببرید: {allowed}.',
  'schema.enum.value':
    '«{value}» {kind, select, entry {در «{field}» مجاز نیست} field {{field, select, network {شبکهٔ اجتماعی شناخته‌شده‌ای نیست} platform {شبکهٔ اجتماعی شناخته‌شده‌ای نیست} other {برای «{field}» مقدار معتبری نیست}}} other {مقدار معتبری نیست}}. یکی از این‌ها را به کار ببرید: {allowed}.',
  'schema.enum.value.didYouMean':
    '«{value}» {kind, select, entry {در «{field}» مجاز نیست} field {{field, select, network {شبکهٔ اجتماعی شناخته‌شده‌ای نیست} platform {شبکهٔ اجتماعی شناخته‌شده‌ای نیست} other {برای «{field}» مقدار معتبری نیست}}} other {مقدار معتبری نیست}}. منظورتان «{suggestion}» بود؟ یکی از این‌ها را به کار ببرید: {allowed}.',
  'schema.enum.empty':
    'مقدار خالی {kind, select, entry {در «{field}» مجاز نیست} field {برای «{field}» معتبر نیست} other {معتبر نیست}}. یکی از این‌ها را به کار ببرید: {allowed}.',
  'schema.type.empty': '{label} خالی است: باید {expected} باشد.',
  'schema.type.emptyRef':
    '{label} خالی است: شناسهٔ یکی از موارد «{section}» را بنویسید: {ids}{more, plural, =0 {} other {، و # مورد دیگر}}.',
  'schema.type.emptyRef.none':
    '{label} خالی است: وقتی مواردی زیر «{section}» فهرست شد، شناسهٔ یکی از آن‌ها را بنویسید.',
  'schema.type.notFinite':
    '{label} برابر «{shown}» است، که {why, select, large {برای عدد بودن در این‌جا بیش از حد بزرگ است} negative {برای عدد بودن در این‌جا بیش از حد زیر صفر است} other {YAML آن را «عدد نیست» می‌خواند}}. عددی معمولی بنویسید، مثلاً {example}.',
  'schema.type.wrong': '{label} باید {expected} باشد، اما {actual} است.',
  'schema.type.expected':
    '{type, select, number {یک عدد} integer {یک عدد صحیح} string {متن} array {یک فهرست (هر مورد در یک سطر، با «{dash}» در آغاز)} object {بخشی از فیلدها (سطرهای «{example}» با تورفتگی زیر آن)} boolean {{trueValue} یا {falseValue}} other {{type}}}',
  'schema.type.actual':
    '{kind, select, text {متن («{value}»)} number {عدد ({value})} boolean {{value}} list {یک فهرست} binary {داده‌ای دودویی (مقداری {tag})} timestamp {یک تاریخ و ساعت (مقداری {tag})} otherType {مقداری از نوعی دیگر در YAML} other {بخشی از فیلدها}}',
  'schema.format.date': '«{value}» تاریخ درستی نیست. تاریخ‌ها را به شکل {format} بنویسید، مثلاً {example}.',
  'schema.format.uri': '«{value}» نشانی وب کاملی نیست. آن را کامل و با {prefix} در آغاز بنویسید.',
  'schema.format.other': '«{value}» یک {format} معتبر نیست.',
  'schema.pattern.id':
    '«{value}» نمی‌تواند شناسه باشد. شناسه‌ها فقط حروف کوچک لاتین، رقم و خط تیره دارند؛ فیلد «{title}» یا «{name}» می‌تواند هر متنی داشته باشد.',
  'schema.pattern.id.example':
    '«{value}» نمی‌تواند شناسه باشد. شناسه‌ها فقط حروف کوچک لاتین، رقم و خط تیره دارند، مثلاً «{example}»؛ فیلد «{title}» یا «{name}» می‌تواند هر متنی داشته باشد.',
  'schema.pattern.time':
    '«{value}» ساعت نیست. ساعت‌ها را ۲۴ساعته و به شکل {format} بنویسید، مثلاً {example} یا {example2}.',
  'schema.pattern.month': '«{value}» ماه نیست. ماه‌ها را به شکل {format} بنویسید، مثلاً {example}.',
  'schema.pattern.other': '«{value}» شکل مورد انتظار «{field}» را ندارد.',
  'schema.pattern.responseTime':
    '«{value}» شکل مورد انتظار «{field}» را ندارد. یک عدد و یک واحد بنویسید: «{m}»، «{h}»، «{d}» یا «{w}».',
  'schema.pattern.ageRange':
    '«{value}» شکل مورد انتظار «{field}» را ندارد. دو سن را با خط تیره بنویسید، مثلاً «{example}»، یا «{example2}».',
  'schema.range':
    '«{field}» باید {comparison, select, atLeast {دست‌کم} moreThan {بیشتر از} atMost {حداکثر} other {کمتر از}} {limit} باشد{negative, select, yes { (نمی‌تواند منفی باشد)} other {}}.',
  'schema.range.empty': '«{field}» نمی‌تواند خالی باشد.',
  'schema.other': '{where}: {detail}.',
  'schema.fix.changeId': 'تغییر شناسه به «{id}»',
  'schema.fix.changeTo': 'تغییر به «{value}»',

  'encoding.notUtf8': 'فایل با کدگذاری {encoding} ذخیره نشده است: {howTo}',
  'encoding.utf16NoBom':
    'به نظر می‌رسد فایل با کدگذاری {encoding} و بدون نشانهٔ ترتیب بایت (BOM) ذخیره شده است: {howTo}',
  'encoding.utf16Broken': 'فایل با کدگذاری {encoding} ذخیره شده، اما یک نویسهٔ خراب دارد: {howTo}',
  'encoding.howTo':
    'آن را با کدگذاری {encoding} ذخیره کنید (در VS Code: روی کدگذاری در نوار وضعیت کلیک کنید، سپس «{command}» و بعد «{encoding}» را بزنید).',

  'config.unreadable': 'فایل پیکربندی خوانده نمی‌شود (سطر {line}): {problem}',
  'config.notSection': 'پیکربندی باید بخشی با فیلدهای «{rules}» و «{ignore}» باشد.',
  'config.unknownField':
    'پیکربندی فیلدی به نام «{field}» ندارد. فیلدهایش می‌توانند «{rules}» و «{ignore}» باشند.',
  'config.unknownField.didYouMean': 'پیکربندی فیلدی به نام «{field}» ندارد. منظورتان «{suggestion}» بود؟',
  'config.ignoreNotList': '«{field}» باید فهرستی از الگوهای فایل باشد، مثلاً {example}.',
  'config.rulesNotMap':
    '«{field}» باید برای هر کد قاعده یکی از {off}، {info}، {warning} یا {error} را تعیین کند.',
  'config.unknownRule': 'قاعده‌ای با کد «{code}» وجود ندارد.',
  'config.unknownRule.didYouMean': 'قاعده‌ای با کد «{code}» وجود ندارد. منظورتان «{suggestion}» بود؟',
  'config.badSetting':
    'قاعدهٔ «{code}» روی «{value}» تنظیم شده است؛ یکی از {off}، {info}، {warning} یا {error} را به کار ببرید.',

  'import.noRows': 'این فایل هیچ سطری ندارد.',
  'import.noDateColumn':
    'ستون تاریخ پیدا نشد: خروجی آمار باید یک سطر سرستون و یک ستون تاریخ داشته باشد ({ymd}، {ym}، {mdy}، {dmy} یا تاریخ هجری شمسی به شکل {jalaali}).',
};
