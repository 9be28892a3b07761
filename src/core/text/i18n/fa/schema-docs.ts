// Persian texts of the JSON Schema (schemas/strategy.schema.json) that hovers and completion show in a
// Persian file. Keyed by the JSON pointer of the schema node that carries the English text; each entry has
// exactly the fields of that node (same array lengths). YAML keys, values, ids, dates and formats stay in
// Latin inside backticks; free text in the examples is written as a Persian file would write it.
// A pointer missing here falls back to the English text (src/core/service/schema-nav.ts).

/** The texts of one schema node. */
export interface SchemaDocs {
  description?: string;
  markdownDescription?: string;
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
}

/** The label and description of a schema's defaultSnippets entry (a completion's snippet). */
export interface SnippetDocs {
  label?: string;
  description?: string;
}

export const schemaDocs: Readonly<Record<string, SchemaDocs>> = {
  '': {
    description:
      'استراتژی شبکه‌های اجتماعی: هدف‌ها، مخاطبان، رقبا، شبکه‌ها، تقویم محتوا، شاخص‌ها، قاعده‌های تعامل و بازبینی‌ها، در یک فایل که نامش به .strategy.yaml ختم می‌شود.',
    markdownDescription:
      'یک **استراتژی شبکه‌های اجتماعی** در یک فایل: هدف‌ها، مخاطبان، رقبا، شبکه‌ها، تقویم محتوا، شاخص‌ها، قاعده‌های تعامل و بازبینی‌ها.\n\nفقط `version`، `name` و `period` الزامی‌اند:\n```yaml\nversion: 1\nname: برشته‌کاری قهوه ۱۴۰۴\nperiod: {start: 2025-03-21, end: 2026-03-20}\n```',
  },
  '/properties/version': {
    description: 'نسخهٔ قالب فایل. همیشه ۱.',
    markdownDescription: '**نسخهٔ قالب فایل**. همیشه `1`.\n\nنمونه: `version: 1`',
    enumDescriptions: ['نسخهٔ ۱ قالب.'],
    markdownEnumDescriptions: ['**نسخهٔ ۱** قالب.'],
  },
  '/properties/name': {
    description: 'عنوان استراتژی، به هر زبانی.',
    markdownDescription:
      '**عنوان** استراتژی، به هر زبانی.\n\nنمونه: `استراتژی ۱۴۰۴` یا `Coffee roastery 1404`',
  },
  '/properties/owner': {
    description: 'چه کسی پاسخ‌گوی استراتژی است.',
    markdownDescription: '**چه کسی پاسخ‌گوی** استراتژی است.\n\nنمونه: `سارا احمدی، مدیر بازاریابی`',
  },
  '/properties/period': {
    description: 'بازهٔ زمانی استراتژی: روز آغاز و روز پایان (YYYY-MM-DD).',
    markdownDescription:
      '**بازهٔ زمانی** استراتژی: روزهای `start` (آغاز) و `end` (پایان)، به شکل `YYYY-MM-DD`.\n\nنمونه: `period: {start: 2025-03-21, end: 2026-03-20}`',
  },
  '/properties/purposes': {
    description:
      'چرا کسب‌وکار از شبکه‌های اجتماعی استفاده می‌کند: marketing (بازاریابی)، employee-engagement (مشارکت کارکنان)، collaboration (همکاری).',
    markdownDescription:
      '**چرا کسب‌وکار از شبکه‌های اجتماعی استفاده می‌کند**: `marketing` (بازاریابی)، `employee-engagement` (مشارکت کارکنان)، `collaboration` (همکاری).\n\nنمونه: `purposes: [marketing, collaboration]`',
  },
  '/properties/valueProposition': {
    description: 'ارزشی که کسب‌وکار ارائه می‌دهد و رقبا نه.',
    markdownDescription:
      '**ارزشی که کسب‌وکار ارائه می‌دهد** و رقبا نه: این‌که چرا مردم باید شما را انتخاب کنند.\n\nنمونه: `دانهٔ قهوه‌ای که همان هفته برشته شده، با تحویل یک‌روزه در تهران`',
  },
  '/properties/objectives': {
    description: 'هدف‌های کلان کسب‌وکار که هدف‌ها در خدمت آن‌ها هستند.',
    markdownDescription:
      '**هدف‌های کلان کسب‌وکار** که هدف‌ها در خدمت آن‌ها هستند، مانند فروش بیشتر یا خوش‌نامی بیشتر. هر هدف یکی از آن‌ها را در `objective:` نام می‌برد.',
  },
  '/properties/goals': {
    description: 'هدف‌های SMART: مشخص، قابل‌اندازه‌گیری، دست‌یافتنی، مرتبط، زمان‌دار.',
    markdownDescription:
      '**هدف‌های SMART**: مشخص (Specific)، قابل‌اندازه‌گیری (Measurable)، دست‌یافتنی (Achievable)، مرتبط (Relevant)، زمان‌دار (Time-bound). هر هدف حرف به حرف بررسی می‌شود.',
  },
  '/properties/audiences': {
    description: 'مخاطبان (پرسوناها): گروه‌هایی از مردم که استراتژی با آن‌ها سخن می‌گوید.',
    markdownDescription:
      '**مخاطبان** (پرسوناها): گروه‌هایی از مردم که استراتژی با آن‌ها سخن می‌گوید، با علاقه‌ها، دغدغه‌ها و نیازهایشان.',
  },
  '/properties/competitors': {
    description: 'بررسی رقبا: چه کسان دیگری بر سر مخاطبان شما رقابت می‌کنند، و چگونه.',
    markdownDescription:
      '**بررسی رقبا**: چه کسان دیگری در شبکه‌های اجتماعی بر سر مخاطبان شما رقابت می‌کنند، و چگونه.',
  },
  '/properties/platforms': {
    description:
      'شبکه‌هایی که استراتژی به کار می‌برد؛ پست‌ها، هدف‌ها و شاخص‌ها با شناسه به آن‌ها اشاره می‌کنند.',
    markdownDescription:
      '**شبکه‌هایی** که استراتژی به کار می‌برد، هر کدام یک حساب. پست‌ها، هدف‌ها و شاخص‌ها با `id` به آن‌ها اشاره می‌کنند.',
  },
  '/properties/calendar': {
    description: 'تقویم محتوا: پست‌های برنامه‌ریزی‌شده.',
    markdownDescription: '**تقویم محتوا**: همهٔ پست‌های برنامه‌ریزی‌شده، با روز، شبکه، عنوان و وضعیتشان.',
  },
  '/properties/metrics': {
    description: 'شاخص‌ها: رقم‌هایی که ماه به ماه دنبال می‌شوند.',
    markdownDescription:
      '**شاخص‌ها**: رقم‌هایی که ماه به ماه دنبال و در پایان هر ماه ثبت می‌شوند. هدف‌ها پیشرفت را با آن‌ها می‌سنجند.',
  },
  '/properties/relationships': {
    description: 'افراد و سازمان‌هایی که رابطه با آن‌ها ارزش دارد: اینفلوئنسرها، شرکای تجاری، تأمین‌کنندگان…',
    markdownDescription:
      '**افراد و سازمان‌هایی که رابطه با آن‌ها ارزش دارد**: اینفلوئنسرها، شرکای تجاری، تأمین‌کنندگان، مشتریان وفادار، کارکنان، انجمن‌ها.',
  },
  '/properties/engagement': {
    description: 'چه کسی به کدام نوع کامنت یا پرسش پاسخ می‌دهد، و با چه سرعتی.',
    markdownDescription: '**چه کسی** به کدام نوع کامنت یا پرسش **پاسخ می‌دهد**، و **با چه سرعتی**.',
  },
  '/properties/reviews': {
    description: 'اصلاح‌های تاریخ‌دار استراتژی.',
    markdownDescription: '**بازبینی‌های تاریخ‌دار** استراتژی: چه یافته شد و چه چیزی تغییر می‌کند.',
  },
  '/properties/governance': {
    description: 'سیاست‌ها، رهنمودها و آموزش‌ها برای استفاده از شبکه‌های اجتماعی.',
    markdownDescription: '**سیاست‌ها، رهنمودها و آموزش‌ها** برای استفاده از شبکه‌های اجتماعی.',
  },
  '/properties/language': {
    description:
      'زبانی که یافته‌ها، راهنماهای شناور، CodeLens و گزارش‌های ابزار برای این فایل به کار می‌برند: en یا fa. اگر نباشد: fa وقتی نام به فارسی (خط عربی) نوشته شده باشد، وگرنه زبان کاربر.',
    markdownDescription:
      '**زبانی** که یافته‌ها، راهنماهای شناور، CodeLens و گزارش‌های ابزار برای این فایل به کار می‌برند: `en` (انگلیسی) یا `fa` (فارسی).\n\nاگر نباشد: `fa` وقتی `name` به فارسی (خط عربی) نوشته شده باشد، وگرنه زبان کاربر (زبان نمایش ویرایشگر، `LANG` در ترمینال)، وگرنه انگلیسی. تنظیم `strategy.locale` یا گزینهٔ `--locale` بر آن مقدم است.\n\nنمونه: `language: fa`',
    enumDescriptions: ['انگلیسی.', 'فارسی.'],
    markdownEnumDescriptions: ['**انگلیسی**.', '**فارسی**.'],
  },
  '/properties/calendarSystem': {
    description:
      'هفته‌ها و ماه‌ها در این فایل چگونه رسم و شمرده شوند: gregorian (هفته از دوشنبه تا یکشنبه) یا persian (ماه‌های هجری شمسی، هفته از شنبه تا جمعه). اگر نباشد: persian برای فایل فارسی، وگرنه gregorian.',
    markdownDescription:
      'این‌که **هفته‌ها و ماه‌ها** در این فایل چگونه رسم و شمرده شوند: `gregorian` (میلادی، هفته از دوشنبه تا یکشنبه) یا `persian` (ماه‌های هجری شمسی، هفته از شنبه تا جمعه). تاریخ‌های درون فایل در هر حال `YYYY-MM-DD` (میلادی) می‌مانند.\n\nاگر نباشد: `persian` وقتی `language` برابر `fa` است، یا وقتی `language` نیست و `name` به فارسی نوشته شده است؛ وگرنه `gregorian`. روی همهٔ دستگاه‌ها یکسان است: هیچ تنظیمی آنچه را قاعده‌ها می‌شمارند تغییر نمی‌دهد.\n\nنمونه: `calendarSystem: persian`',
    enumDescriptions: [
      'ماه‌های میلادی؛ هفته از دوشنبه تا یکشنبه.',
      'ماه‌های هجری شمسی؛ هفته از شنبه تا جمعه.',
    ],
    markdownEnumDescriptions: [
      'ماه‌های **میلادی**؛ هفته از دوشنبه تا یکشنبه.',
      'ماه‌های **هجری شمسی**؛ هفته از شنبه تا جمعه.',
    ],
  },

  // ---- formats -------------------------------------------------------------------------------------
  '/definitions/slug': {
    description:
      'شناسه: حروف کوچک لاتین a-z، رقم‌های 0-9 و خط تیره، که با حرف یا رقم شروع شود. بخش‌های دیگر فایل با شناسه به یک مورد اشاره می‌کنند.',
    markdownDescription:
      '**شناسه**: نامی کوتاه که بخش‌های دیگر فایل با آن به این مورد اشاره می‌کنند.\n\nفقط حروف کوچک لاتین، رقم و خط تیره به کار ببرید و با حرف یا رقم شروع کنید، حتی وقتی بقیهٔ فایل فارسی است: شناسه‌ها باید آسان تایپ شوند و هرگز تغییر نکنند.\n\nنمونه‌ها: `instagram-main`، `grow-followers`، `q3-launch`. مجاز نیست: فاصله، حروف بزرگ، `_`، حروف فارسی.',
  },
  '/definitions/date': {
    description: 'یک روز تقویم به شکل YYYY-MM-DD (میلادی، سال اول). روز باید وجود داشته باشد.',
    markdownDescription:
      'یک **روز تقویم** به شکل `YYYY-MM-DD` (تقویم میلادی، سال اول، ماه و روز دورقمی).\n\nنمونه: `2025-03-21` (نوروز ۱۴۰۴). روز باید وجود داشته باشد: `2027-02-30` پذیرفته نمی‌شود.',
  },
  '/definitions/month': {
    description: 'یک ماه به شکل YYYY-MM (میلادی، سال اول).',
    markdownDescription:
      'یک **ماه** به شکل `YYYY-MM` (تقویم میلادی، سال اول، ماه از `01` تا `12`).\n\nنمونه: `2025-04` برای آوریل ۲۰۲۵.',
  },
  '/definitions/time': {
    description: 'یک ساعت از روز، ۲۴ساعته، به شکل HH:MM.',
    markdownDescription:
      'یک **ساعت از روز**، ۲۴ساعته، به شکل `HH:MM` با دو رقم برای هر کدام.\n\nنمونه‌ها: `09:00`، `18:30` (شش و نیم عصر). `25:00` و `9:00` پذیرفته نمی‌شوند.',
  },

  // ---- period --------------------------------------------------------------------------------------
  '/definitions/period': {
    description: 'بازهٔ زمانی استراتژی: یک روز آغاز و یک روز پایان (پایان نمی‌تواند پیش از آغاز باشد).',
    markdownDescription:
      '**بازهٔ زمانی** استراتژی، از `start` تا `end` (هر دو روز شامل می‌شوند).\n\nپست‌ها، مهلت هدف‌ها و بازبینی‌ها با آن سنجیده می‌شوند.\n\nنمونه:\n```yaml\nperiod:\n  start: 2025-03-21\n  end: 2026-03-20\n```',
  },
  '/definitions/period/properties/start': {
    description: 'نخستین روز استراتژی (YYYY-MM-DD).',
    markdownDescription: '**نخستین روز** استراتژی، به شکل `YYYY-MM-DD`.\n\nنمونه: `2025-03-21`',
  },
  '/definitions/period/properties/end': {
    description: 'آخرین روز استراتژی (YYYY-MM-DD)؛ نه پیش از روز آغاز.',
    markdownDescription:
      '**آخرین روز** استراتژی، به شکل `YYYY-MM-DD`. نمی‌تواند پیش از `start` باشد.\n\nنمونه: `2026-03-20`',
  },

  // ---- objectives ----------------------------------------------------------------------------------
  '/definitions/objective': {
    description:
      'یک هدف کلان کسب‌وکار: آنچه خود کسب‌وکار می‌خواهد (فروش، خوش‌نامی، استخدام…). هدف‌ها هدف کلانی را که در خدمت آن‌اند نام می‌برند.',
    markdownDescription:
      'یک **هدف کلان کسب‌وکار**: آنچه خود کسب‌وکار می‌خواهد، مانند فروش بیشتر، خوش‌نامی بیشتر یا استخدام آسان‌تر.\n\nهر هدف باید هدف کلانی را که در خدمت آن است نام ببرد (همین است که هدف را *مرتبط* می‌کند).\n\nنمونه:\n```yaml\n- id: more-online-sales\n  title: فروش آنلاین بیشتر\n  description: فروش بیشتر دانهٔ قهوه از فروشگاه اینترنتی\n```',
  },
  '/definitions/objective/properties/id': {
    description: 'شناسهٔ هدف کلان؛ هدف‌ها در فیلد «objective» خود به آن اشاره می‌کنند.',
    markdownDescription:
      '**شناسهٔ** هدف کلان؛ هدف‌ها با `objective:` به آن اشاره می‌کنند.\n\nنمونه: `more-online-sales`',
  },
  '/definitions/objective/properties/title': {
    description: 'هدف کلان در چند کلمه.',
    markdownDescription: 'هدف کلان **در چند کلمه**.\n\nنمونه: `فروش آنلاین بیشتر`',
  },
  '/definitions/objective/properties/description': {
    description: 'جزئیات بیشتر دربارهٔ هدف کلان: چرا برای کسب‌وکار مهم است.',
    markdownDescription:
      '**جزئیات** بیشتر دربارهٔ هدف کلان: چرا برای کسب‌وکار مهم است.\n\nنمونه: `سفارش‌های آنلاین باید اجارهٔ فروشگاه تازه را پوشش دهند`',
  },

  // ---- goals ---------------------------------------------------------------------------------------
  '/definitions/goal': {
    description:
      'یک هدف SMART: مشخص، قابل‌اندازه‌گیری، دست‌یافتنی، مرتبط (پیوسته به یک هدف کلان) و زمان‌دار.',
    markdownDescription:
      'یک **هدف SMART**: مشخص، قابل‌اندازه‌گیری، دست‌یافتنی، مرتبط و زمان‌دار.\n\nبررسی‌ها این‌ها را می‌جویند: عنوانی دست‌کم ۳ کلمه‌ای و یک شبکه (S)، یک شاخص و یک مقصد (M)، یک مبنا و مقصدی واقع‌بینانه (A)، یک هدف کلان (R) و مهلتی درون بازهٔ زمانی (T).\n\nنمونه:\n```yaml\n- id: grow-followers\n  title: رساندن دنبال‌کنندگان اینستاگرام به ۵۰۰۰\n  objective: brand-awareness\n  metric: instagram-followers\n  platforms: [instagram-main]\n  baseline: 3200\n  target: 5000\n  deadline: 2025-12-31\n```',
  },
  '/definitions/goal/properties/id': {
    description: 'شناسهٔ هدف؛ پست‌ها در فیلد «goal» خود به آن اشاره می‌کنند.',
    markdownDescription: '**شناسهٔ** هدف؛ پست‌ها با `goal:` به آن اشاره می‌کنند.\n\nنمونه: `grow-followers`',
  },
  '/definitions/goal/properties/title': {
    description: 'آنچه تغییر خواهد کرد، در قالب کلمات (مشخص): دست‌کم ۳ کلمه.',
    markdownDescription:
      '**آنچه تغییر خواهد کرد**، در قالب کلمات (حرف *S* در SMART). دست‌کم ۳ کلمه بنویسید.\n\nنمونه: `رساندن دنبال‌کنندگان اینستاگرام به ۵۰۰۰`',
  },
  '/definitions/goal/properties/objective': {
    description: 'شناسهٔ هدف کلان کسب‌وکار که این هدف در خدمت آن است (مرتبط).',
    markdownDescription:
      '**هدف کلان کسب‌وکار** که این هدف در خدمت آن است (حرف *R* در SMART): `id` یکی از موارد زیر `objectives`.\n\nنمونه: `brand-awareness`',
  },
  '/definitions/goal/properties/metric': {
    description: 'شناسهٔ شاخصی که این هدف را می‌سنجد (قابل‌اندازه‌گیری).',
    markdownDescription:
      '**شاخصی که این هدف را می‌سنجد** (حرف *M* در SMART): `id` یکی از موارد زیر `metrics`.\n\nنمونه: `instagram-followers`',
  },
  '/definitions/goal/properties/platforms': {
    description:
      'شناسهٔ شبکه‌هایی که تغییر باید در آن‌ها رخ دهد (مشخص). وقتی شاخص شبکهٔ خود را نام می‌برد، می‌توان آن را ننوشت.',
    markdownDescription:
      '**جایی** که تغییر باید رخ دهد (حرف *S* در SMART): شناسهٔ مواردی زیر `platforms`. وقتی شاخص `platform` دارد، می‌توانید آن را ننویسید.\n\nنمونه: `[instagram-main, telegram-channel]`',
  },
  '/definitions/goal/properties/baseline': {
    description: 'مبنا: مقدار در آغاز (دست‌یافتنی). پیش‌فرض: نخستین مقدار ثبت‌شدهٔ شاخص.',
    markdownDescription:
      '**مبنا**: مقدار در آغاز (حرف *A* در SMART). اگر نوشته نشود، نخستین مقدار ثبت‌شدهٔ شاخص به کار می‌رود.\n\nنمونه: `3200`',
  },
  '/definitions/goal/properties/target': {
    description:
      'مقصد: مقداری که باید به آن رسید (قابل‌اندازه‌گیری). برای هدفی که چیزی را کم می‌کند، مانند زمان پاسخ، مقصد کمتر از مبناست.',
    markdownDescription:
      '**مقصد**: مقداری که باید به آن رسید (حرف *M* در SMART). برای هدفی که چیزی را کم می‌کند، مانند زمان پاسخ، مقصد کمتر از مبناست.\n\nنمونه: `5000`',
  },
  '/definitions/goal/properties/deadline': {
    description: 'مهلت: زمانی که باید به مقصد رسید (زمان‌دار)، به شکل YYYY-MM-DD، درون بازهٔ زمانی.',
    markdownDescription:
      '**مهلت**: زمانی که باید به مقصد رسید (حرف *T* در SMART)، به شکل `YYYY-MM-DD`، درون `period` استراتژی.\n\nنمونه: `2025-12-31`',
  },
  '/definitions/goal/properties/rationale': {
    description: 'چرا مقصد دست‌یافتنی است (دست‌یافتنی).',
    markdownDescription:
      '**چرا مقصد دست‌یافتنی است** (حرف *A* در SMART): نتیجه‌های گذشته، بودجه، یک کمپین…\n\nنمونه: `پارسال ماهی ۳۰۰ دنبال‌کننده گرفتیم؛ مسابقهٔ خرداد بیشتر هم می‌آورد.`',
  },
  '/definitions/goal/properties/owner': {
    description: 'فرد یا تیمی که پاسخ‌گوی این هدف است.',
    markdownDescription: '**فرد یا تیمی که پاسخ‌گوی** این هدف است.\n\nنمونه: `سارا (مسئول شبکه‌های اجتماعی)`',
  },

  // ---- audiences -----------------------------------------------------------------------------------
  '/definitions/audience': {
    description:
      'یک مخاطب (پرسونا): گروهی از مردم که استراتژی با آن‌ها سخن می‌گوید، با علاقه‌ها، مشکلات و نیازهایشان.',
    markdownDescription:
      'یک **مخاطب** (پرسونا): گروهی از مردم که استراتژی با آن‌ها سخن می‌گوید. توصیف علاقه‌ها، دغدغه‌ها و نیازهایشان کمک می‌کند تصمیم بگیرید چه چیزی و کجا پست کنید.\n\nنمونه:\n```yaml\n- id: young-professionals\n  name: جوانان شاغل\n  demographics: {ageRange: "25-35", locations: [تهران]}\n  interests: [قهوهٔ تخصصی, طراحی]\n  platforms: [instagram-main]\n```',
  },
  '/definitions/audience/properties/id': {
    description: 'شناسهٔ مخاطب؛ شبکه‌ها و روابط در فهرست «audiences» خود به آن اشاره می‌کنند.',
    markdownDescription:
      '**شناسهٔ** مخاطب؛ شبکه‌ها و روابط در `audiences` به آن اشاره می‌کنند.\n\nنمونه: `young-professionals`',
  },
  '/definitions/audience/properties/name': {
    description: 'نام مخاطب، به هر زبانی.',
    markdownDescription: '**نام** مخاطب، به هر زبانی.\n\nنمونه: `دانشجویان` یا `Young professionals`',
  },
  '/definitions/audience/properties/demographics': {
    description: 'این افراد چه کسانی هستند: بازهٔ سنی، جنسیت و محل زندگی.',
    markdownDescription:
      'این افراد **چه کسانی** هستند: بازهٔ سنی، جنسیت و محل زندگی.\n\nنمونه:\n```yaml\ndemographics:\n  ageRange: "25-35"\n  gender: همه\n  locations: [تهران, اصفهان]\n```',
  },
  '/definitions/audience/properties/demographics/properties/ageRange': {
    description: 'یک بازهٔ سنی مانند 25-35، یا بازه‌ای باز مانند 50+.',
    markdownDescription:
      '**بازهٔ سنی**، مانند `"25-35"`، یا بازه‌ای باز مانند `"50+"`. در YAML آن را داخل گیومه بنویسید.\n\nنمونه: `"25-35"`',
  },
  '/definitions/audience/properties/demographics/properties/gender': {
    description: 'جنسیت مخاطب، به زبان خودتان.',
    markdownDescription: '**جنسیت** مخاطب، به زبان خودتان.\n\nنمونه: `زنان`، `همه`',
  },
  '/definitions/audience/properties/demographics/properties/locations': {
    description: 'محل زندگی این افراد: شهرها، منطقه‌ها یا کشورها.',
    markdownDescription: '**محل زندگی** این افراد: شهرها، منطقه‌ها یا کشورها.\n\nنمونه: `[تهران, شیراز]`',
  },
  '/definitions/audience/properties/interests': {
    description: 'آنچه این افراد به آن اهمیت می‌دهند.',
    markdownDescription:
      'آنچه این افراد **به آن علاقه دارند**: موضوع‌ها، سرگرمی‌ها، برندها.\n\nنمونه: `[قهوهٔ تخصصی, سفر]`',
  },
  '/definitions/audience/properties/painPoints': {
    description: 'مشکلات و دغدغه‌های این افراد.',
    markdownDescription:
      '**مشکلات و دغدغه‌های** این افراد، که محتوای شما می‌تواند به آن‌ها پاسخ دهد.\n\nنمونه: `[وقت صبحانه ندارم, قهوه گران است]`',
  },
  '/definitions/audience/properties/needs': {
    description: 'آنچه این افراد از کسب‌وکاری مانند شما نیاز دارند.',
    markdownDescription:
      'آنچه این افراد از کسب‌وکاری مانند شما **نیاز دارند**.\n\nنمونه: `[ارسال سریع, نکته‌های دم‌آوری]`',
  },
  '/definitions/audience/properties/platforms': {
    description: 'شناسهٔ شبکه‌هایی که می‌توان در آن‌ها به این مخاطب رسید.',
    markdownDescription:
      '**شبکه‌هایی** که می‌توان در آن‌ها به این مخاطب رسید: شناسهٔ مواردی زیر `platforms`.\n\nنمونه: `[instagram-main]`',
  },

  // ---- competitors ---------------------------------------------------------------------------------
  '/definitions/competitor': {
    description:
      'یک رقیب و کاری که در شبکه‌های اجتماعی می‌کند: کجا پست می‌گذارد، هر چند وقت یک بار، چه چیزی برایش جواب می‌دهد و چه چیزی نه.',
    markdownDescription:
      'یک **رقیب** و کاری که در شبکه‌های اجتماعی می‌کند: کجا پست می‌گذارد، هر چند وقت یک بار، چه چیزی برایش جواب می‌دهد و چه چیزی نه.\n\nنمونه:\n```yaml\n- id: bean-house\n  name: خانهٔ قهوه\n  presence:\n    - {platform: instagram, postsPerWeek: 5, contentTypes: [reel, carousel]}\n  strengths: [عکس‌های زیبا]\n  weaknesses: [پاسخ‌های دیرهنگام]\n```',
  },
  '/definitions/competitor/properties/id': {
    description: 'شناسهٔ رقیب.',
    markdownDescription: '**شناسهٔ** رقیب.\n\nنمونه: `bean-house`',
  },
  '/definitions/competitor/properties/name': {
    description: 'نام رقیب.',
    markdownDescription: '**نام** رقیب، به هر زبانی.\n\nنمونه: `خانهٔ قهوه`',
  },
  '/definitions/competitor/properties/presence': {
    description: 'شبکه‌هایی که رقیب در آن‌ها فعال است، هر چند وقت در آن‌ها پست می‌گذارد و چه نوع محتوایی.',
    markdownDescription:
      '**شبکه‌هایی که رقیب در آن‌ها فعال است**، هر چند وقت پست می‌گذارد و چه نوع محتوایی.\n\nنمونه:\n```yaml\npresence:\n  - platform: instagram\n    postsPerWeek: 5\n    contentTypes: [reel, carousel]\n```',
  },
  '/definitions/competitor/properties/presence/items': {
    description: 'یک شبکه که رقیب به کار می‌برد و شیوهٔ کارش در آن.',
    markdownDescription:
      '**یک شبکه** که رقیب به کار می‌برد و شیوهٔ کارش در آن.\n\nنمونه: `{platform: instagram, postsPerWeek: 5, contentTypes: [reel]}`',
  },
  '/definitions/competitor/properties/presence/items/properties/platform': {
    description: 'شبکهٔ اجتماعی رقیب (نام یک شبکه مانند instagram، نه یکی از شناسه‌های شبکه‌های خودتان).',
    markdownDescription:
      '**شبکهٔ اجتماعی** رقیب: نام یک شبکه مانند `instagram` یا `telegram`، نه یکی از شناسه‌های شبکه‌های خودتان.\n\nنمونه: `instagram`',
  },
  '/definitions/competitor/properties/presence/items/properties/postsPerWeek': {
    description: 'رقیب در آن‌جا هفته‌ای چند پست منتشر می‌کند (۰ یا بیشتر).',
    markdownDescription:
      'رقیب در آن‌جا **هفته‌ای چند پست** منتشر می‌کند (۰ یا بیشتر؛ عدد اعشاری هم مجاز است: `0.5` یعنی هر دو هفته یک پست).\n\nنمونه: `5`',
  },
  '/definitions/competitor/properties/presence/items/properties/contentTypes': {
    description: 'نوع پست‌هایی که رقیب در آن‌جا منتشر می‌کند.',
    markdownDescription:
      '**نوع پست‌هایی** که رقیب در آن‌جا منتشر می‌کند.\n\nنمونه: `[reel, carousel, story]`',
  },
  '/definitions/competitor/properties/strengths': {
    description: 'کارهایی که رقیب خوب انجام می‌دهد.',
    markdownDescription:
      'کارهایی که رقیب **خوب انجام می‌دهد**، تا از آن‌ها بیاموزید.\n\nنمونه: `[عکس‌های زیبا, استوری روزانه]`',
  },
  '/definitions/competitor/properties/weaknesses': {
    description: 'کارهایی که رقیب بد انجام می‌دهد.',
    markdownDescription:
      'کارهایی که رقیب **بد انجام می‌دهد**، جایی که شما می‌توانید متمایز شوید.\n\nنمونه: `[پاسخ دیرهنگام به کامنت‌ها]`',
  },
  '/definitions/competitor/properties/notes': {
    description: 'هر چیز دیگری که دربارهٔ رقیب ارزش به خاطر سپردن دارد.',
    markdownDescription:
      '**هر چیز دیگری** که دربارهٔ رقیب ارزش به خاطر سپردن دارد.\n\nنمونه: `هر شب یلدا مسابقه برگزار می‌کند`',
  },

  // ---- platforms -----------------------------------------------------------------------------------
  '/definitions/platform': {
    description:
      'شبکه‌ای که استراتژی به کار می‌برد: یک حساب در یک شبکهٔ اجتماعی. پست‌ها، هدف‌ها و شاخص‌ها با شناسه به آن اشاره می‌کنند.',
    markdownDescription:
      'یک **شبکه** که استراتژی به کار می‌برد: یک حساب در یک شبکهٔ اجتماعی. پست‌ها، هدف‌ها و شاخص‌ها با `id` به آن اشاره می‌کنند.\n\nنمونه:\n```yaml\n- id: instagram-main\n  network: instagram\n  handle: "@roastery"\n  priority: primary\n  cadence: {postsPerWeek: 3}\n  bestTimes: ["09:00", "20:30"]\n```',
  },
  '/definitions/platform/properties/id': {
    description: 'شناسهٔ شبکه؛ پست‌ها، هدف‌ها و شاخص‌ها در فیلدهای «platform» خود به آن اشاره می‌کنند.',
    markdownDescription:
      '**شناسهٔ** شبکه؛ پست‌ها، هدف‌ها و شاخص‌ها با `platform:` به آن اشاره می‌کنند.\n\nنمونه: `instagram-main`',
  },
  '/definitions/platform/properties/network': {
    description: 'شبکهٔ اجتماعی یا کانالی که این حساب در آن است.',
    markdownDescription: '**شبکهٔ اجتماعی یا کانالی** که این حساب در آن است.\n\nنمونه: `instagram`',
  },
  '/definitions/platform/properties/handle': {
    description: 'نام حساب در شبکهٔ اجتماعی.',
    markdownDescription:
      '**نام حساب** در شبکهٔ اجتماعی.\n\nنمونه: `"@roastery"` (داخل گیومه بنویسید: مقدار سادهٔ YAML نمی‌تواند با `@` شروع شود)',
  },
  '/definitions/platform/properties/priority': {
    description: 'اهمیت این شبکه برای استراتژی.',
    markdownDescription: '**اهمیت** این شبکه برای استراتژی.\n\nنمونه: `primary`',
    enumDescriptions: [
      'شبکهٔ اصلی: بیشترین تلاش این‌جا صرف می‌شود.',
      'شبکهٔ فرعی و پشتیبان.',
      'شبکه‌ای در حال آزمایش؛ فقط اگر جواب داد نگهش دارید.',
    ],
    markdownEnumDescriptions: [
      'شبکهٔ **اصلی**: بیشترین تلاش این‌جا صرف می‌شود.',
      'شبکهٔ **فرعی** و پشتیبان.',
      'شبکه‌ای **در حال آزمایش**؛ فقط اگر جواب داد نگهش دارید.',
    ],
  },
  '/definitions/platform/properties/audiences': {
    description: 'شناسهٔ مخاطبانی که این شبکه به آن‌ها می‌رسد.',
    markdownDescription:
      '**مخاطبانی** که این شبکه به آن‌ها می‌رسد: شناسهٔ مواردی زیر `audiences`.\n\nنمونه: `[young-professionals]`',
  },
  '/definitions/platform/properties/cadence': {
    description: 'تعداد پست در هفته که برای این شبکه برنامه‌ریزی شده است.',
    markdownDescription:
      '**تعداد پست در هفته** طبق برنامه. هفته‌هایی از تقویم که پستشان کمتر از برنامه است گزارش می‌شوند.\n\nنمونه: `cadence: {postsPerWeek: 3}`',
  },
  '/definitions/platform/properties/cadence/properties/postsPerWeek': {
    description: 'هفته‌ای چند پست برنامه‌ریزی شده است (۰ یا بیشتر).',
    markdownDescription:
      '**هفته‌ای چند پست** برنامه‌ریزی شده است (۰ یا بیشتر). پست‌ها با هر وضعیتی شمرده می‌شوند.\n\nنمونه: `3`',
  },
  '/definitions/platform/properties/bestTimes': {
    description: 'ساعت‌هایی از روز (HH:MM، ۲۴ساعته) که این مخاطبان بیشترین فعالیت را دارند.',
    markdownDescription:
      '**ساعت‌هایی از روز** که مخاطبان بیشترین فعالیت را دارند، به شکل `HH:MM` و ۲۴ساعته. در YAML آن‌ها را داخل گیومه بنویسید.\n\nنمونه: `["09:00", "20:30"]`',
  },
  '/definitions/platform/properties/mix': {
    description: 'سهم هر نوع از پست‌های این شبکه، به درصد (۰ تا ۱۰۰؛ روی هم حداکثر ۱۰۰).',
    markdownDescription:
      '**سهم هر نوع از پست‌های این شبکه**، به درصد: `0` تا `100`، روی هم حداکثر `100`. وقتی شبکه ۱۰ پست داشته باشد، تقویم با آن سنجیده می‌شود.\n\nنمونه:\n```yaml\nmix:\n  reel: 40\n  carousel: 30\n  story: 20\n```',
  },
  '/definitions/platform/properties/mix/additionalProperties': {
    description: 'سهم این نوع از پست‌های شبکه، به درصد (۰ تا ۱۰۰).',
    markdownDescription: '**سهم** این نوع از پست‌های شبکه، به درصد: `0` تا `100`.\n\nنمونه: `reel: 40`',
  },

  // ---- calendar ------------------------------------------------------------------------------------
  '/definitions/post': {
    description: 'یک مورد از تقویم محتوا: یک پست در یک شبکه در یک روز.',
    markdownDescription:
      'یک **مورد از تقویم محتوا**: یک پست در یک شبکه در یک روز.\n\nنمونه:\n```yaml\n- date: 2025-03-21\n  time: "10:00"\n  platform: instagram-main\n  type: reel\n  title: تبریک نوروز از طرف تیم\n  status: draft\n  goal: grow-followers\n```',
  },
  '/definitions/post/properties/date': {
    description: 'روزی که پست منتشر می‌شود (YYYY-MM-DD)، درون بازهٔ زمانی.',
    markdownDescription:
      '**روزی** که پست منتشر می‌شود، به شکل `YYYY-MM-DD`، درون `period` استراتژی.\n\nنمونه: `2025-03-21`',
  },
  '/definitions/post/properties/time': {
    description: 'ساعت انتشار پست (HH:MM، ۲۴ساعته). دو پست در یک شبکه با تاریخ و ساعت یکسان گزارش می‌شوند.',
    markdownDescription:
      '**ساعت** انتشار پست، به شکل `HH:MM` و ۲۴ساعته. در YAML آن را داخل گیومه بنویسید. دو پست در یک شبکه با تاریخ و ساعت یکسان گزارش می‌شوند.\n\nنمونه: `"18:30"`',
  },
  '/definitions/post/properties/platform': {
    description: 'شناسهٔ شبکه‌ای که پست در آن منتشر می‌شود.',
    markdownDescription:
      '**شبکه‌ای** که پست در آن منتشر می‌شود: `id` یکی از موارد زیر `platforms`.\n\nنمونه: `instagram-main`',
  },
  '/definitions/post/properties/type': {
    description: 'نوع پست.',
    markdownDescription: '**نوع پست**.\n\nنمونه: `reel`',
  },
  '/definitions/post/properties/title': {
    description: 'موضوع پست، در چند کلمه.',
    markdownDescription:
      '**موضوع پست**، در چند کلمه، به هر زبانی.\n\nنمونه: `پشت دستگاه برشته‌کاری: با علی آشنا شوید`',
  },
  '/definitions/post/properties/status': {
    description:
      'جایگاه پست در روند کار: idea، draft، in-review، approved، rejected، scheduled یا published. پیش‌فرض: idea.',
    markdownDescription:
      '**جایگاه پست** در روند کار. اگر نوشته نشود، `idea` به حساب می‌آید.\n\nنمونه: `scheduled`',
  },
  '/definitions/post/properties/goal': {
    description: 'شناسهٔ هدفی که این پست در راه آن است.',
    markdownDescription:
      '**هدفی** که این پست در راه آن است: `id` یکی از موارد زیر `goals`.\n\nنمونه: `grow-followers`',
  },
  '/definitions/post/properties/campaign': {
    description:
      'کمپینی که پست به آن تعلق دارد، به زبان خودتان؛ پست‌هایی که کمپین یکسان دارند با هم گروه‌بندی می‌شوند.',
    markdownDescription:
      '**کمپینی** که پست به آن تعلق دارد، به زبان خودتان. پست‌هایی که کمپین یکسان دارند با هم گروه‌بندی می‌شوند.\n\nنمونه: `نوروز ۱۴۰۴`',
  },
  '/definitions/post/properties/link': {
    description: 'یک نشانی وب کامل مرتبط با پست (پیش‌نویس، پست منتشرشده، صفحهٔ فرود).',
    markdownDescription:
      'یک **نشانی وب کامل** مرتبط با پست: پیش‌نویس، پست منتشرشده یا صفحهٔ فرود. آن را با `https://` شروع کنید.\n\nنمونه: `https://instagram.com/p/abc123`',
  },
  '/definitions/post/properties/notes': {
    description: 'هر چیز دیگری دربارهٔ پست: ایده‌های کپشن، هشتگ‌ها، این‌که چه کسی آن را می‌سازد.',
    markdownDescription:
      '**هر چیز دیگری** دربارهٔ پست: ایده‌های کپشن، هشتگ‌ها، این‌که چه کسی آن را می‌سازد.\n\nنمونه: `از لوگوی تازه استفاده شود؛ @supplier تگ شود`',
  },
  '/definitions/post/properties/repeat': {
    description:
      'پست تکرار می‌شود: هر روز، هر هفته یا هر ماه، تا یک تاریخ یا به تعداد معینی بار (وگرنه تا پایان بازهٔ زمانی).',
    markdownDescription:
      'پست **تکرار می‌شود**: هر روز، هفته یا ماه (`every`)، یا هر چند تا یک بار (`interval`)؛ در روزهای هفته‌ای که `on` می‌گوید (فقط در تکرار هفتگی)؛ تا روز `until` یا به تعداد `count` بار (یکی از این دو را بنویسید؛ اگر هیچ‌کدام نباشد: تا پایان بازهٔ زمانی)؛ و تاریخ‌های `except` کنار گذاشته می‌شوند. روز `date` خود پست همیشه نخستین نوبت است.\n\nنمونه، هر دوشنبه و پنج‌شنبه تا ۳۰ ژوئن ۲۰۲۷ (۹ تیر ۱۴۰۶):\n```yaml\nrepeat:\n  every: week\n  on: [mon, thu]\n  until: 2027-06-30\n```',
  },
  '/definitions/post/properties/approvedBy': {
    description:
      'چه کسی پست را تأیید کرده است (یک نام)؛ وقتی governance.approval.required برابر true است، برای پست‌های scheduled و published لازم است.',
    markdownDescription:
      '**چه کسی** پست را **تأیید کرده** است: یک نام. وقتی `governance.approval.required` برابر `true` است، برای پست‌های `scheduled` و `published` لازم است (و اگر `approvers` نوشته شده باشد، باید یکی از آن‌ها باشد).\n\nنمونه: `approvedBy: سارا احمدی`',
  },

  // ---- repeat --------------------------------------------------------------------------------------
  '/definitions/repeat': {
    description:
      'پست تکرار می‌شود: هر روز، هر هفته یا هر ماه، تا یک تاریخ یا به تعداد معینی بار (وگرنه تا پایان بازهٔ زمانی).',
    markdownDescription:
      'پست **تکرار می‌شود**: هر روز، هفته یا ماه (`every`)، یا هر چند تا یک بار (`interval`)؛ در روزهای هفته‌ای که `on` می‌گوید (فقط در تکرار هفتگی)؛ تا روز `until` یا به تعداد `count` بار (یکی از این دو را بنویسید؛ اگر هیچ‌کدام نباشد: تا پایان بازهٔ زمانی)؛ و تاریخ‌های `except` کنار گذاشته می‌شوند. روز `date` خود پست همیشه نخستین نوبت است.\n\nنمونه، هر دوشنبه و پنج‌شنبه تا ۳۰ ژوئن ۲۰۲۷ (۹ تیر ۱۴۰۶):\n```yaml\nrepeat:\n  every: week\n  on: [mon, thu]\n  until: 2027-06-30\n```',
  },
  '/definitions/repeat/properties/every': {
    description: 'پست هر چند وقت تکرار می‌شود: day (روزانه)، week (هفتگی) یا month (ماهانه).',
    markdownDescription:
      '**هر چند وقت** پست تکرار می‌شود: `day` (روزانه)، `week` (هفتگی) یا `month` (ماهانه).\n\nنمونه: `every: week`',
    enumDescriptions: [
      'هر روز (یا هر interval روز یک بار).',
      'هر هفته (یا هر interval هفته یک بار)، در روزهای هفتهٔ on.',
      'هر ماه در همان روزِ ماهِ پست (ماه‌هایی که آن روز را ندارند کنار گذاشته می‌شوند).',
    ],
    markdownEnumDescriptions: [
      'هر **روز** (یا هر `interval` روز یک بار).',
      'هر **هفته** (یا هر `interval` هفته یک بار)، در روزهای هفتهٔ `on`.',
      'هر **ماه** در همان روزِ ماهِ پست (ماه‌هایی که آن روز را ندارند کنار گذاشته می‌شوند).',
    ],
  },
  '/definitions/repeat/properties/interval': {
    description: 'هر چند روز، هفته یا ماه یک بار؛ ۱ (پیش‌فرض) یعنی هر روز، هر هفته یا هر ماه.',
    markdownDescription:
      '**هر چند** روز، هفته یا ماه یک بار. `1` (پیش‌فرض) یعنی هر روز، هفته یا ماه؛ `2` یعنی یکی در میان.\n\nنمونه: `interval: 2`',
  },
  '/definitions/repeat/properties/on': {
    description: 'روزهای هفته در تکرار هفتگی (mon تا sun)؛ پیش‌فرض: روز هفتهٔ خود پست.',
    markdownDescription:
      '**روزهای هفته** در تکرار هفتگی: `mon`، `tue`، `wed`، `thu`، `fri`، `sat`، `sun`. اگر نوشته نشود: روز هفتهٔ `date` پست. فقط همراه `every: week`.\n\nنمونه: `on: [mon, thu]`',
  },
  '/definitions/repeat/properties/on/items': {
    description: 'یک روز هفته: mon، tue، wed، thu، fri، sat یا sun.',
    markdownDescription:
      'یک **روز هفته**: `mon`، `tue`، `wed`، `thu`، `fri`، `sat` یا `sun`.\n\nنمونه: `mon`',
    enumDescriptions: ['دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنج‌شنبه', 'جمعه', 'شنبه', 'یکشنبه'],
    markdownEnumDescriptions: [
      '**دوشنبه**',
      '**سه‌شنبه**',
      '**چهارشنبه**',
      '**پنج‌شنبه**',
      '**جمعه**',
      '**شنبه**',
      '**یکشنبه**',
    ],
  },
  '/definitions/repeat/properties/until': {
    description:
      'آخرین روزی که پست می‌تواند تکرار شود (YYYY-MM-DD)، خود آن روز هم شامل است. until یا count را بنویسید، نه هر دو.',
    markdownDescription:
      '**آخرین روزی** که پست می‌تواند تکرار شود، به شکل `YYYY-MM-DD`، خود آن روز هم شامل است. `until` یا `count` را بنویسید، نه هر دو؛ اگر هیچ‌کدام نباشد: تا پایان `period`.\n\nنمونه: `until: 2027-06-30`',
  },
  '/definitions/repeat/properties/count': {
    description:
      'پست روی هم چند بار منتشر می‌شود، با احتساب نخستین تاریخ. until یا count را بنویسید، نه هر دو.',
    markdownDescription:
      'پست روی هم **چند بار** منتشر می‌شود، با احتساب `date` خود پست (تاریخ‌های کنارگذاشته در `except` هم شمرده می‌شوند، مانند برنامه‌های تقویم). `until` یا `count` را بنویسید، نه هر دو.\n\nنمونه: `count: 10`',
  },
  '/definitions/repeat/properties/except': {
    description: 'تاریخ‌هایی که سری کنار می‌گذارد (YYYY-MM-DD): یک تعطیلی، پستی که به روز دیگری رفته است.',
    markdownDescription:
      '**تاریخ‌هایی که سری کنار می‌گذارد**، به شکل `YYYY-MM-DD`: یک تعطیلی، یا روزی که پستش جابه‌جا شده است.\n\nنمونه: `except: [2027-04-05]`',
  },

  // ---- metrics -------------------------------------------------------------------------------------
  '/definitions/metric': {
    description:
      'رقمی که ماه به ماه دنبال می‌شود، مانند دنبال‌کنندگان، فروش یا زمان پاسخ، و در پایان هر ماه ثبت می‌شود.',
    markdownDescription:
      '**رقمی که ماه به ماه دنبال می‌شود**، مانند دنبال‌کنندگان، فروش یا زمان پاسخ. در پایان هر ماه یک مقدار ثبت کنید؛ هدف‌ها پیشرفت را با آن می‌سنجند.\n\nنمونه:\n```yaml\n- id: instagram-followers\n  name: دنبال‌کنندگان اینستاگرام\n  platform: instagram-main\n  unit: دنبال‌کننده\n  values:\n    2025-01: 3200\n    2025-02: 3450\n```',
  },
  '/definitions/metric/properties/id': {
    description: 'شناسهٔ شاخص؛ هدف‌ها در فیلد «metric» خود به آن اشاره می‌کنند.',
    markdownDescription:
      '**شناسهٔ** شاخص؛ هدف‌ها با `metric:` به آن اشاره می‌کنند.\n\nنمونه: `instagram-followers`',
  },
  '/definitions/metric/properties/name': {
    description: 'نام شاخص، به هر زبانی.',
    markdownDescription: '**نام** شاخص، به هر زبانی.\n\nنمونه: `دنبال‌کنندگان اینستاگرام`',
  },
  '/definitions/metric/properties/platform': {
    description: 'شناسهٔ شبکه‌ای که رقم از آن می‌آید، اگر به شبکه‌ای تعلق دارد.',
    markdownDescription:
      '**شبکه‌ای** که رقم از آن می‌آید، اگر به شبکه‌ای تعلق دارد: `id` یکی از موارد زیر `platforms`.\n\nنمونه: `instagram-main`',
  },
  '/definitions/metric/properties/unit': {
    description: 'عددها چه چیزی را می‌شمارند: دنبال‌کننده، دلار، درصد، ساعت…',
    markdownDescription: '**عددها چه چیزی را می‌شمارند**.\n\nنمونه‌ها: `دنبال‌کننده`، `USD`، `%`، `ساعت`',
  },
  '/definitions/metric/properties/values': {
    description: 'یک عدد برای هر ماه (YYYY-MM: عدد)، ثبت‌شده در پایان ماه. ماه‌های جاافتاده گزارش می‌شوند.',
    markdownDescription:
      '**یک عدد برای هر ماه**، ثبت‌شده در پایان ماه: ماه به شکل `YYYY-MM` پیش از دونقطه، عدد پس از آن. هیچ ماهی را جا نیندازید.\n\nنمونه:\n```yaml\nvalues:\n  2025-01: 3200\n  2025-02: 3450\n  2025-03: 3900\n```',
  },
  '/definitions/metric/properties/values/additionalProperties': {
    description: 'رقم در پایان آن ماه.',
    markdownDescription: '**رقم در پایان آن ماه**، یک عدد ساده بدون واحد.\n\nنمونه: `3450`',
  },
  '/definitions/metric/properties/aggregation': {
    description:
      'این‌که هنگام وارد کردن، رقم‌های روزانه یا هفتگی خروجی آمار چگونه مقدار ماه را می‌سازند: last (پیش‌فرض)، sum، mean، max یا min.',
    markdownDescription:
      'این‌که هنگام وارد کردن، رقم‌های روزانه یا هفتگی یک خروجی آمار چگونه **مقدار ماه** را می‌سازند: `last` (پیش‌فرض)، `sum`، `mean`، `max` یا `min`.\n\nنمونه: `aggregation: sum`',
    enumDescriptions: [
      'مقدار آخرین روز ماه (دنبال‌کنندگان، جمع تا آن روز). پیش‌فرض.',
      'جمع رقم‌های ماه (دنبال‌کنندگان تازه، سفارش‌ها، دسترسی روزانه).',
      'میانگین رقم‌های ماه (زمان پاسخ، نرخ تعامل).',
      'بیشترین رقم ماه.',
      'کمترین رقم ماه.',
    ],
    markdownEnumDescriptions: [
      'مقدار **آخرین روز** ماه (دنبال‌کنندگان، جمع تا آن روز). پیش‌فرض.',
      '**جمع** رقم‌های ماه (دنبال‌کنندگان تازه، سفارش‌ها، دسترسی روزانه).',
      '**میانگین** رقم‌های ماه (زمان پاسخ، نرخ تعامل).',
      '**بیشترین** رقم ماه.',
      '**کمترین** رقم ماه.',
    ],
  },
  '/definitions/metric/properties/source': {
    description: 'جایی از خروجی آمار (CSV) که این شاخص در آن است: ستون، و در صورت نیاز کدام فایل.',
    markdownDescription:
      'جایی از **خروجی آمار** (CSV) که این شاخص در آن است: سرستون `column`، و در صورت نیاز فایل `file` (مسیری نسبت به همین فایل استراتژی، یا یک الگوی فایل).\n\nنمونه:\n```yaml\nsource:\n  column: Followers\n  file: exports/instagram-*.csv\n```',
  },
  '/definitions/metric/properties/source/properties/column': {
    description: 'سرستون CSV که این شاخص را دارد (بزرگی و کوچکی حروف مهم نیست).',
    markdownDescription:
      '**سرستون CSV** که این شاخص را دارد؛ بزرگی و کوچکی حروف و فاصله‌های دور آن مهم نیست.\n\nنمونه: `column: Followers`',
  },
  '/definitions/metric/properties/source/properties/file': {
    description:
      'کدام فایل‌های CSV: مسیری نسبت به فایل استراتژی، یا یک الگوی فایل. اگر نوشته نشود: هر فایلی که این ستون را دارد.',
    markdownDescription:
      '**کدام فایل‌های CSV**: مسیری نسبت به همین فایل استراتژی، یا یک الگوی فایل. اگر نوشته نشود: هر فایل واردشده‌ای که این ستون را دارد.\n\nنمونه: `file: exports/instagram-*.csv`',
  },

  // ---- relationships -------------------------------------------------------------------------------
  '/definitions/relationship': {
    description:
      'فرد یا سازمانی که رابطه با او برای کسب‌وکار ارزش دارد: یک اینفلوئنسر، شریک تجاری، تأمین‌کننده، مشتری، کارمند یا انجمن.',
    markdownDescription:
      '**فرد یا سازمانی که رابطه با او ارزش دارد**: یک اینفلوئنسر، یک شریک تجاری، یک تأمین‌کننده، یک مشتری وفادار، یک کارمند یا یک انجمن.\n\nنمونه:\n```yaml\n- id: chef-neda\n  name: سرآشپز ندا\n  kind: influencer\n  value: high\n  platforms: [instagram-main]\n```',
  },
  '/definitions/relationship/properties/id': {
    description: 'شناسهٔ رابطه.',
    markdownDescription: '**شناسهٔ** رابطه.\n\nنمونه: `chef-neda`',
  },
  '/definitions/relationship/properties/name': {
    description: 'نام فرد یا سازمان.',
    markdownDescription: '**نام** فرد یا سازمان، به هر زبانی.\n\nنمونه: `سرآشپز ندا`',
  },
  '/definitions/relationship/properties/kind': {
    description: 'نوع رابطه.',
    markdownDescription: '**نوع** رابطه.\n\nنمونه: `influencer`',
    enumDescriptions: [
      'کسی که پست‌هایش بر مخاطبان شما اثر می‌گذارد.',
      'کسب‌وکاری که در کمپین‌ها یا محصولات با آن همکاری می‌کنید.',
      'کسب‌وکاری که تأمین‌کنندهٔ کسب‌وکار شماست.',
      'مشتری‌ای که ارزش رابطهٔ نزدیک‌تری دارد.',
      'یکی از اعضای تیم خودتان که از طرف برند سخن می‌گوید.',
      'گروه، انجمن یا جامعه‌ای پیرامون موضوع کار شما.',
    ],
    markdownEnumDescriptions: [
      'کسی که پست‌هایش **بر مخاطبان شما اثر می‌گذارد**.',
      '**کسب‌وکاری که با آن همکاری می‌کنید**، در کمپین‌ها یا محصولات.',
      'کسب‌وکاری که **تأمین‌کنندهٔ** کسب‌وکار شماست.',
      'یک **مشتری** که ارزش رابطهٔ نزدیک‌تری دارد.',
      'یکی از اعضای **تیم خودتان** که از طرف برند سخن می‌گوید.',
      'یک **گروه، انجمن یا جامعه** پیرامون موضوع کار شما.',
    ],
  },
  '/definitions/relationship/properties/value': {
    description: 'ارزش این رابطه برای کسب‌وکار.',
    markdownDescription: '**ارزش** این رابطه برای کسب‌وکار.\n\nنمونه: `high`',
    enumDescriptions: ['ارزش بسیار: پیش از همه به آن برسید.', 'ارزش نگه داشتن دارد.', 'داشتنش خوب است.'],
    markdownEnumDescriptions: [
      'ارزش **بسیار**: پیش از همه به آن برسید.',
      'ارزش **نگه داشتن** دارد.',
      '**داشتنش خوب است**.',
    ],
  },
  '/definitions/relationship/properties/platforms': {
    description: 'شناسهٔ شبکه‌هایی که در آن‌ها با آن‌ها در ارتباطید.',
    markdownDescription:
      '**شبکه‌هایی** که در آن‌ها با آن‌ها در ارتباطید: شناسهٔ مواردی زیر `platforms`.\n\nنمونه: `[instagram-main]`',
  },
  '/definitions/relationship/properties/audiences': {
    description: 'شناسهٔ مخاطبانی که به شما کمک می‌کنند به آن‌ها برسید.',
    markdownDescription:
      '**مخاطبانی** که به شما کمک می‌کنند به آن‌ها برسید: شناسهٔ مواردی زیر `audiences`.\n\nنمونه: `[young-professionals]`',
  },
  '/definitions/relationship/properties/notes': {
    description: 'هر چیز دیگری دربارهٔ این رابطه.',
    markdownDescription:
      '**هر چیز دیگری** دربارهٔ این رابطه: شرایط، راه‌های تماس، سابقه.\n\nنمونه: `برای هر پست مبلغ می‌گیرد؛ تماس از طریق مدیر برنامه‌هایش`',
  },

  // ---- engagement ----------------------------------------------------------------------------------
  '/definitions/engagementRule': {
    description: 'چه کسی به کدام نوع کامنت یا پیام پاسخ می‌دهد، و با چه سرعتی.',
    markdownDescription:
      '**چه کسی** به کدام نوع کامنت یا پیام **پاسخ می‌دهد**، و **با چه سرعتی**.\n\nنمونه:\n```yaml\n- topic: مشکل سفارش\n  team: پشتیبانی\n  responseTime: 4h\n  platforms: [instagram-main, telegram-channel]\n```',
  },
  '/definitions/engagementRule/properties/topic': {
    description: 'نوع کامنت، پرسش یا پیامی که این قاعده در بر می‌گیرد.',
    markdownDescription:
      '**نوع کامنت، پرسش یا پیامی** که این قاعده در بر می‌گیرد.\n\nنمونه: `پرسش دربارهٔ قیمت`',
  },
  '/definitions/engagementRule/properties/team': {
    description: 'تیم یا فردی که پاسخ می‌دهد.',
    markdownDescription: '**تیم یا فردی** که پاسخ می‌دهد.\n\nنمونه‌ها: `فروش`، `پشتیبانی`',
  },
  '/definitions/engagementRule/properties/responseTime': {
    description:
      'بیشترین زمان مجاز پیش از پاسخ: یک عدد و پس از آن m (دقیقه)، h (ساعت)، d (روز) یا w (هفته)، مانند 4h یا 2d.',
    markdownDescription:
      '**بیشترین زمان مجاز پیش از پاسخ**: یک عدد و پس از آن `m` (دقیقه)، `h` (ساعت)، `d` (روز) یا `w` (هفته).\n\nنمونه‌ها: `30m`، `4h`، `2d`',
  },
  '/definitions/engagementRule/properties/platforms': {
    description: 'شناسهٔ شبکه‌هایی که قاعده در آن‌ها اجرا می‌شود.',
    markdownDescription:
      '**شبکه‌هایی** که قاعده در آن‌ها اجرا می‌شود: شناسهٔ مواردی زیر `platforms`.\n\nنمونه: `[instagram-main]`',
  },
  '/definitions/engagementRule/properties/metric': {
    description: 'شناسهٔ شاخصی (به ساعت) که می‌سنجد به این موضوع با چه سرعتی پاسخ داده می‌شود.',
    markdownDescription:
      '**شاخصی که می‌سنجد** به این موضوع **با چه سرعتی** پاسخ داده می‌شود، به ساعت: `id` یکی از موارد زیر `metrics`. آخرین مقدار آن با `responseTime` مقایسه می‌شود.\n\nنمونه: `metric: dm-response-hours`',
  },

  // ---- reviews -------------------------------------------------------------------------------------
  '/definitions/review': {
    description: 'نگاهی تاریخ‌دار به گذشتهٔ استراتژی: چه یافته شد و چه چیزی تغییر خواهد کرد.',
    markdownDescription:
      '**نگاهی تاریخ‌دار** به گذشتهٔ استراتژی: چه یافتید و چه چیزی را تغییر خواهید داد.\n\nنمونه:\n```yaml\n- date: 2025-06-30\n  findings: ریلزها دو برابر عکس‌ها دیده می‌شوند\n  actions: [هفته‌ای ۲ ریلز, حذف عکس جمعه‌ها]\n```',
  },
  '/definitions/review/properties/date': {
    description: 'روز بازبینی (YYYY-MM-DD).',
    markdownDescription: '**روز** بازبینی، به شکل `YYYY-MM-DD`.\n\nنمونه: `2025-06-30`',
  },
  '/definitions/review/properties/findings': {
    description: 'آنچه بازبینی یافت.',
    markdownDescription:
      '**آنچه بازبینی یافت**: چه چیزی جواب داد و چه چیزی نه.\n\nنمونه: `ریلزها دو برابر عکس‌ها دیده می‌شوند`',
  },
  '/definitions/review/properties/actions': {
    description: 'آنچه در نتیجه تغییر خواهد کرد.',
    markdownDescription: '**آنچه در نتیجه تغییر خواهد کرد**.\n\nنمونه: `[هفته‌ای ۲ ریلز, حذف عکس جمعه‌ها]`',
  },
  '/definitions/review/properties/month': {
    description: 'ماهی که بازبینی به آن می‌پردازد (YYYY-MM).',
    markdownDescription: '**ماهی که بازبینی به آن می‌پردازد**، به شکل `YYYY-MM`.\n\nنمونه: `month: 2027-03`',
  },
  '/definitions/review/properties/goals': {
    description: 'شناسهٔ هدف‌هایی که این بازبینی اصلاح می‌کند.',
    markdownDescription:
      '**هدف‌هایی که این بازبینی اصلاح می‌کند**: شناسهٔ مواردی زیر `goals`.\n\nنمونه: `goals: [grow-followers]`',
  },

  // ---- governance ----------------------------------------------------------------------------------
  '/definitions/governance': {
    description: 'ضوابط استفاده از شبکه‌های اجتماعی: سیاست‌ها، رهنمودها و آموزش‌ها.',
    markdownDescription:
      '**ضوابط استفاده از شبکه‌های اجتماعی**: سیاست‌ها، رهنمودها و آموزش‌های تیم.\n\nنمونه:\n```yaml\ngovernance:\n  policies: [قیمت در پاسخ‌های عمومی گفته نشود]\n  guidelines: [راهنمای لحن برند، نسخهٔ ۲]\n  training: [مبانی مدیریت کامیونیتی (فصلی)]\n```',
  },
  '/definitions/governance/properties/policies': {
    description: 'سیاست‌ها: چه کارهایی باید و چه کارهایی نباید انجام شود.',
    markdownDescription:
      '**سیاست‌ها**: چه کارهایی باید و چه کارهایی نباید انجام شود.\n\nنمونه: `[قیمت در پاسخ‌های عمومی گفته نشود]`',
  },
  '/definitions/governance/properties/guidelines': {
    description: 'رهنمودها: کارها چگونه باید انجام شوند (لحن، تصویرها).',
    markdownDescription:
      '**رهنمودها**: کارها چگونه باید انجام شوند، مانند لحن یا تصویرها.\n\nنمونه: `[راهنمای لحن برند، نسخهٔ ۲]`',
  },
  '/definitions/governance/properties/training': {
    description: 'آموزش‌هایی که تیم می‌بیند.',
    markdownDescription: '**آموزش‌هایی** که تیم می‌بیند.\n\nنمونه: `[مبانی مدیریت کامیونیتی]`',
  },
  '/definitions/governance/properties/approval': {
    description:
      'این‌که پست‌ها پیش از زمان‌بندی به تأیید نیاز دارند یا نه، و چه کسانی می‌توانند تأییدشان کنند.',
    markdownDescription:
      'این‌که پست‌ها پیش از زمان‌بندی **به تأیید نیاز دارند** یا نه، و **چه کسانی می‌توانند تأییدشان کنند**. با `required: true`، پستی با وضعیت `scheduled` یا `published` که `approvedBy` ندارد (یا کسی خارج از `approvers` تأییدش کرده است) گزارش می‌شود.\n\nنمونه:\n```yaml\napproval:\n  required: true\n  approvers: [سارا احمدی, رضا کریمی]\n```',
  },
  '/definitions/governance/properties/approval/properties/required': {
    description: 'true: پست‌های scheduled و published به approvedBy نیاز دارند.',
    markdownDescription:
      '`true`: پست‌های `scheduled` و `published` به `approvedBy` نیاز دارند.\n\nنمونه: `required: true`',
  },
  '/definitions/governance/properties/approval/properties/approvers': {
    description: 'کسانی که می‌توانند پست‌ها را تأیید کنند؛ اگر نوشته نشود، هر کسی می‌تواند.',
    markdownDescription:
      '**کسانی که می‌توانند** پست‌ها را **تأیید کنند**. اگر نوشته نشود، هر کسی می‌تواند.\n\nنمونه: `approvers: [سارا احمدی, رضا کریمی]`',
  },

  // ---- enums and lists -----------------------------------------------------------------------------
  '/definitions/network': {
    description: 'یک شبکهٔ اجتماعی یا کانال.',
    markdownDescription:
      'یک **شبکهٔ اجتماعی یا کانال**. برای هر چیزی که در فهرست نیست `other` را به کار ببرید.\n\nنمونه: `instagram`',
    enumDescriptions: [
      'اینستاگرام.',
      'فیسبوک.',
      'ایکس (توییتر سابق).',
      'لینکدین.',
      'تیک‌تاک.',
      'یوتیوب.',
      'پینترست.',
      'تلگرام (کانال یا گروه).',
      'تردز.',
      'واتس‌اپ (کانال، گروه یا حساب تجاری).',
      'آپارات، پلتفرم ویدیوی ایرانی.',
      'وبلاگ یا وب‌سایت خودتان.',
      'خبرنامهٔ ایمیلی.',
      'هر کانال دیگر.',
    ],
    markdownEnumDescriptions: [
      '**اینستاگرام**.',
      '**فیسبوک**.',
      '**ایکس** (توییتر سابق).',
      '**لینکدین**.',
      '**تیک‌تاک**.',
      '**یوتیوب**.',
      '**پینترست**.',
      '**تلگرام** (کانال یا گروه).',
      '**تردز**.',
      '**واتس‌اپ** (کانال، گروه یا حساب تجاری).',
      '**آپارات**، پلتفرم ویدیوی ایرانی.',
      '**وبلاگ** یا وب‌سایت خودتان.',
      '**خبرنامهٔ** ایمیلی.',
      'هر کانال **دیگر**.',
    ],
  },
  '/definitions/postType': {
    description: 'نوع پست.',
    markdownDescription: '**نوع پست**.\n\nنمونه: `carousel`',
    enumDescriptions: [
      'یک عکس یا طرح گرافیکی.',
      'یک ویدیو در فید.',
      'یک ویدیوی کوتاه عمودی (ریلز، شورتز، تیک‌تاک).',
      'یک استوری که پس از ۲۴ ساعت ناپدید می‌شود.',
      'چند عکس یا ویدیو برای ورق زدن.',
      'پستی فقط متنی.',
      'پستی که یک لینک را هم‌رسانی می‌کند.',
      'خبر: یک رونمایی، یک افتتاح، یک تغییر.',
      'مسابقه یا قرعه‌کشی.',
      'پخش زنده.',
      'نظرسنجی یا پرسش از مخاطبان.',
      'نگاهی به پشت صحنهٔ کسب‌وکار.',
    ],
    markdownEnumDescriptions: [
      'یک **عکس یا طرح گرافیکی**.',
      'یک **ویدیو** در فید.',
      'یک **ویدیوی کوتاه عمودی** (ریلز، شورتز، تیک‌تاک).',
      'یک **استوری** که پس از ۲۴ ساعت ناپدید می‌شود.',
      'چند عکس یا ویدیو **برای ورق زدن**.',
      'پستی **فقط متنی**.',
      'پستی که **یک لینک را هم‌رسانی می‌کند**.',
      '**خبر**: یک رونمایی، یک افتتاح، یک تغییر.',
      '**مسابقه یا قرعه‌کشی**.',
      '**پخش زنده**.',
      '**نظرسنجی** یا پرسش از مخاطبان.',
      'نگاهی به **پشت صحنهٔ** کسب‌وکار.',
    ],
  },
  '/definitions/postStatus': {
    description:
      'جایگاه پست در روند کار: idea، draft، in-review، approved، rejected، scheduled یا published.',
    markdownDescription:
      '**جایگاه پست** در روند کار، به ترتیب: `idea`، `draft`، `in-review`، `approved`، `rejected`، `scheduled`، `published`.',
    enumDescriptions: [
      'فعلاً فقط یک ایده (پیش‌فرض).',
      'در حال نوشتن یا ساختن.',
      'نوشته شده، در انتظار تأیید.',
      'تأییدشده: آمادهٔ زمان‌بندی.',
      'تأیید نشده: به این شکل منتشر نمی‌شود.',
      'آماده و زمان‌بندی‌شده برای انتشار.',
      'منتشر شده است.',
    ],
    markdownEnumDescriptions: [
      'فعلاً فقط یک **ایده** (پیش‌فرض).',
      'در حال **نوشتن یا ساختن**.',
      'نوشته شده، **در انتظار تأیید**.',
      '**تأییدشده**: آمادهٔ زمان‌بندی.',
      '**تأیید نشده**: به این شکل منتشر نمی‌شود.',
      'آماده و **زمان‌بندی‌شده** برای انتشار.',
      '**منتشر شده** است.',
    ],
  },
  '/definitions/purpose': {
    description: 'چرا کسب‌وکار از شبکه‌های اجتماعی استفاده می‌کند.',
    markdownDescription: '**چرا کسب‌وکار از شبکه‌های اجتماعی استفاده می‌کند**.\n\nنمونه: `marketing`',
    enumDescriptions: [
      'برای جذب و نگه داشتن مشتریان.',
      'برای مشارکت دادن و آگاه کردن کارکنان، و کمک به استخدام.',
      'برای همکاری با شرکا، تأمین‌کنندگان و مشتریان.',
    ],
    markdownEnumDescriptions: [
      'برای **جذب و نگه داشتن مشتریان**.',
      'برای **مشارکت دادن و آگاه کردن کارکنان**، و کمک به استخدام.',
      'برای **همکاری** با شرکا، تأمین‌کنندگان و مشتریان.',
    ],
  },
  '/definitions/stringList': {
    description: 'فهرستی از متن‌های کوتاه، به هر زبانی.',
    markdownDescription:
      'یک **فهرست از متن‌های کوتاه**، به هر زبانی.\n\nنمونه:\n```yaml\n- مورد نخست\n- مورد دوم\n```',
  },
  '/definitions/stringList/items': {
    description: 'یک مورد از فهرست.',
    markdownDescription: '**یک مورد** از فهرست، به هر زبانی.\n\nنمونه: `ارسال سریع`',
  },
  '/definitions/slugList': {
    description: 'فهرستی از شناسهٔ مواردی که جای دیگری در فایل تعریف شده‌اند.',
    markdownDescription:
      'یک **فهرست از شناسه‌های** مواردی که جای دیگری در فایل تعریف شده‌اند.\n\nنمونه: `[instagram-main, telegram-channel]`',
  },
};

/**
 * The schema's snippets (completion items that insert a whole item), keyed by the pointer of the
 * defaultSnippets entry; the same fields as the English entry.
 */
export const schemaSnippets: Readonly<Record<string, SnippetDocs>> = {
  '/defaultSnippets/0': { label: 'استراتژی تازه', description: 'کلیدهای الزامی یک فایل استراتژی' },
  '/definitions/period/defaultSnippets/0': { label: 'بازهٔ زمانی' },
  '/definitions/objective/defaultSnippets/0': { label: 'هدف کلان' },
  '/definitions/goal/defaultSnippets/0': { label: 'هدف SMART', description: 'هدفی با همهٔ فیلدهای SMART' },
  '/definitions/audience/defaultSnippets/0': { label: 'مخاطب' },
  '/definitions/platform/defaultSnippets/0': { label: 'شبکه' },
  '/definitions/post/defaultSnippets/0': { label: 'پست', description: 'یک مورد از تقویم محتوا' },
  '/definitions/repeat/defaultSnippets/0': {
    label: 'هفتگی',
    description: 'هر هفته در همان روز هفته، تا یک تاریخ',
  },
  '/definitions/metric/defaultSnippets/0': { label: 'شاخص' },
  '/definitions/engagementRule/defaultSnippets/0': { label: 'قاعدهٔ تعامل' },
};
