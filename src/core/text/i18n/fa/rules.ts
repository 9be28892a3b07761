// Persian messages of the rules section: the ids and placeholders of en/rules.ts. Values from the file
// (ids, fields, titles) arrive inside bidi isolates; quote them with « ».
import type { rules as en } from '../en/rules';

export const rules: Record<keyof typeof en, string> = {
  'words.and': '{items} و {last}',
  'words.value': '«{value}»',
  'words.list': '{items}',
  'words.percentOneDecimal': '{sign, select, minus {−} other {}}{whole}٫{tenth}٪',
  'post.label.titleDate': 'پست «{title}» در {date}',
  'post.label.title': 'پست «{title}»',
  'post.label.date': 'پست روز {date}',
  'post.label.none': 'این پست',

  'date.span.month': '{firstDay}–{lastDay} {month} {year}',
  'date.span.year': '{firstDay} {firstMonth} – {lastDay} {month} {year}',
  'date.span.years': '{firstDay} {firstMonth} {firstYear} – {lastDay} {month} {year}',
  'date.span.aside': '{span} ({aside})',
  'date.span.note': '{span} ({note})',
  'date.span.asideNote': '{span} ({aside}، {note})',
  'date.month':
    '{month, select, january {ژانویه} february {فوریه} march {مارس} april {آوریل} may {مه} june {ژوئن} july {ژوئیه} august {اوت} september {سپتامبر} october {اکتبر} november {نوامبر} december {دسامبر} other {{month}}}',
  'date.solarMonth':
    '{month, select, farvardin {فروردین} ordibehesht {اردیبهشت} khordad {خرداد} tir {تیر} mordad {مرداد} shahrivar {شهریور} mehr {مهر} aban {آبان} azar {آذر} dey {دی} bahman {بهمن} esfand {اسفند} other {{month}}}',

  'repeat.words.day': '{interval, plural, =1 {هر روز} other {هر # روز}}',
  'repeat.words.week': '{interval, plural, =1 {هر {days}} other {هر # هفته، {days}}}',
  'repeat.words.month': '{interval, plural, =1 {هر ماه در روز {day}} other {هر # ماه در روز {day}}}',
  'repeat.words.ordinal': '{day, selectordinal, other {#}}',
  'repeat.words.weekday':
    '{day, select, mon {دوشنبه} tue {سه‌شنبه} wed {چهارشنبه} thu {پنج‌شنبه} fri {جمعه} sat {شنبه} sun {یکشنبه} other {{day}}}',
  'repeat.words.until': '{text} تا {date}',
  'repeat.words.times': '{text}، {count, plural, =1 {یک بار} other {# بار}}',
  'repeat.words.note': '{text} ({note})',
  'repeat.words.notes': '{text} ({first}؛ {second})',
  'repeat.words.periodEnds': 'بازهٔ زمانی {date} تمام می‌شود',
  'repeat.words.skipped': 'ماه‌هایی که روز {day} ندارند جا می‌افتند',
  'repeat.words.except': '{text}، به‌جز {dates}',
  'repeat.words.exceptMany': '{text}، به‌جز {count} تاریخ',
  'repeat.words.posts': '{text}، {count} پست',

  'goal.label.id': 'هدف «{id}»',
  'goal.label.index': 'هدف {index}',
  'pace.words.raising': 'با روند کنونی تا {deadline} به {forecast} از {target} می‌رسد',
  'pace.words.reducing': 'با روند کنونی تا {deadline} به {forecast} می‌رسد (مقصد {target})',
  'pace.note.achievable': 'دست‌یافتنی، اما عقب از برنامه: {words}',
  'pace.note.behind': 'عقب از برنامه: {words}',
  'pace.verdict.achieved': 'محقق شده',
  'pace.verdict.insufficientData': 'هنوز دادهٔ کافی نیست',
  'pace.verdict.onTrack': 'در مسیر',
  'pace.verdict.atRisk': 'در خطر',
  'pace.verdict.offTrack': 'خارج از مسیر',

  'period.endsBeforeStart':
    'بازهٔ زمانی پیش از شروعش تمام می‌شود (پایان: «{end}»، شروع: «{start}»). دو تاریخ را بررسی کنید.',
  'repeat.fields.untilBeforeDate':
    'این سری پیش از نخستین پستش تمام می‌شود («{field}»: «{until}»، نخستین پست: «{date}»). دو تاریخ را بررسی کنید.',
  'repeat.fields.untilAndCount':
    'یا «{first}» را بنویسید یا «{second}»، نه هر دو را: یکی از آن دو را از «{section}» حذف کنید.',
  'repeat.fields.onNotWeekly':
    '«{field}» (روزهای هفته) فقط برای سری‌های هفتگی است («{weekly}»)؛ این سری {every, select, day {هر روز} month {هر ماه} other {هر «{every}»}} تکرار می‌شود. «{field}» را حذف کنید یا سری را هفتگی کنید.',

  'ref.unknown.head':
    'هیچ {kind, select, platform {شبکه‌ای} goal {هدفی} metric {شاخصی} objective {هدف کلانی} audience {مخاطبی} other {موردی از نوع «{kind}»}} شناسهٔ «{id}» را ندارد.',
  'ref.unknown.didYouMean': '{head} منظورتان «{suggestion}» بود؟',
  'ref.unknown.useOneOf':
    '{head} یکی از این‌ها را به کار ببرید: {ids}{more, select, yes {، …} other {}}، یا آن را زیر «{section}» اضافه کنید.',
  'ref.unknown.addUnder': '{head} آن را زیر «{section}» اضافه کنید.',
  'ref.unknown.fix.change': 'تغییر به «{id}»',
  'ref.unknown.fix.add':
    'افزودن {kind, select, platform {شبکهٔ} goal {هدف} metric {شاخص} objective {هدف کلان} audience {مخاطب} other {«{kind}»}} «{id}» زیر «{section}»',
  'ref.duplicateId':
    'شناسهٔ «{id}» پیش‌تر برای مورد {item} از «{section}» به کار رفته است. به هر مورد شناسهٔ خودش را بدهید تا ارجاع به آن روشن باشد.',
  'ref.duplicateId.first': 'نخستین کاربرد «{id}»',

  'smart.fix.addFields': 'افزودن فیلدهای جاافتادهٔ SMART به این هدف ({fields})',
  'smart.specific.noTitle':
    '{goal} عنوان ندارد. دست‌کم در {min} کلمه بگویید چه چیزی تغییر می‌کند؛ برای نمونه «افزایش دنبال‌کنندگان اینستاگرام در تهران».',
  'smart.specific.shortTitle':
    'عنوان «{title}» کوتاه‌تر از آن است که بگوید چه چیزی تغییر می‌کند. دست‌کم {min} کلمه بنویسید؛ برای نمونه «افزایش دنبال‌کنندگان اینستاگرام در تهران».',
  'smart.specific.noPlatforms':
    '{goal} نمی‌گوید کجا اتفاق می‌افتد. «{field}» را اضافه کنید (یا شاخصی را به کار ببرید که «{metricField}» دارد).',
  'smart.measurable.noMetric':
    '{goal} «{field}» ندارد: رقمی را نام ببرید که نشان می‌دهد هدف به نتیجه رسیده یا نه (یکی از شناسه‌های شاخص‌ها).',
  'smart.measurable.notNumber': 'مقصد باید یک عدد باشد تا بتوان پیشرفت را سنجید.',
  'smart.measurable.noTarget':
    '{goal} «{field}» ندارد: عددی را که باید به آن برسید بنویسید؛ برای نمونه «{example}».',
  'smart.achievable.noBaseline':
    '{goal} نقطهٔ شروع ندارد: «{field}» را اضافه کنید یا مقدارهای ماهانهٔ شاخص را ثبت کنید تا بتوان دربارهٔ مقصد داوری کرد.',
  'smart.achievable.tooFast':
    'برای رسیدن به {target} تا «{deadline}»، «{metric}» باید {months} ماه پیاپی هر ماه {needed} {direction, select, fall {کاهش یابد} other {رشد کند}}، اما بهترین ماهش تا کنون {best} بوده است. مقصد را پایین بیاورید، مهلت را تغییر دهید، یا در «{field}» توضیح دهید چه چیزی تغییر می‌کند.',
  'smart.relevant.noObjective':
    '{goal} به هیچ هدف کلان کسب‌وکار گره نخورده است. «{field}» را با شناسهٔ یکی از هدف‌های کلانی که به آن خدمت می‌کند اضافه کنید.',
  'smart.timeBound.noDeadline':
    '{goal} مهلت ندارد. «{example}» را اضافه کنید تا بتوان آن را به‌موقع بازبینی کرد.',
  'smart.timeBound.outsidePeriod':
    'مهلت «{deadline}» بیرون از بازهٔ زمانی استراتژی است (از «{start}» تا «{end}»). آن را به درون بازه بیاورید یا بازه را گسترش دهید.',

  'goals.offPace':
    'عقب از برنامه ({verdict}): {words}. برنامه را فشرده‌تر کنید، یا مقصد یا مهلت را تغییر دهید.',

  'calendar.outsidePeriod.post': 'پست «{title}»',
  'calendar.outsidePeriod.thisPost': 'این پست',
  'calendar.outsidePeriod.series': 'سری «{title}»',
  'calendar.outsidePeriod.thisSeries': 'این سری',
  'calendar.outsidePeriod.before':
    '{post} برای «{date}» برنامه‌ریزی شده است، پیش از آنکه بازهٔ زمانی استراتژی در «{start}» شروع شود.',
  'calendar.outsidePeriod.after':
    '{post} برای «{date}» برنامه‌ریزی شده است، پس از پایان بازهٔ زمانی استراتژی در «{end}».',
  'calendar.outsidePeriod.seriesEndsBefore':
    '{series} در «{until}» تمام می‌شود، پیش از آنکه بازهٔ زمانی استراتژی در «{start}» شروع شود.',
  'calendar.outsidePeriod.seriesRunsAfter':
    '{series} تا «{until}» ادامه دارد، پس از پایان بازهٔ زمانی استراتژی در «{end}»: پست‌های پس از آن برنامه‌ریزی نمی‌شوند. آن را تا «{end}» تمام کنید یا بازه را گسترش دهید.',

  'calendar.conflict.titled':
    '«{first}» و «{second}» هر دو برای «{date}» ساعت «{time}» در {platform} برنامه‌ریزی شده‌اند. یکی از آن‌ها را به زمان دیگری منتقل کنید.',
  'calendar.conflict.untitled':
    'دو پست هر دو برای «{date}» ساعت «{time}» در {platform} برنامه‌ریزی شده‌اند. یکی از آن‌ها را به زمان دیگری منتقل کنید.',
  'calendar.conflict.other': 'پست دیگر در همان زمان',

  'calendar.cadence.fewer':
    '{platform} هفته‌ای {planned} پست برنامه‌ریزی کرده است، اما در {weeks} هفته کمتر از این پست دارد: {list}',
  'calendar.cadence.fewerAndEmpty':
    '{platform} هفته‌ای {planned} پست برنامه‌ریزی کرده است، اما در {weeks} هفته کمتر از این پست دارد: {list}. تقویم هنوز برای این هفته‌ها پستی ندارد: {gaps}',
  'calendar.cadence.empty':
    '{platform} هفته‌ای {planned} پست برنامه‌ریزی کرده است، اما تقویم هنوز برای این هفته‌ها پستی ندارد: {gaps}',
  'calendar.cadence.posts': '{posts} پست',
  'calendar.cadence.weeks': '{weeks} هفته',
  'calendar.cadence.weeksEach': '{weeks} هفته، هر هفته {posts} پست',

  'calendar.offPeak':
    '{post} ساعت «{time}» منتشر می‌شود، بیش از یک ساعت دور از بهترین زمان‌های {platform} ({times}). {advice}',
  'calendar.offPeak.consider': '«{time}» را در نظر بگیرید که نزدیک‌ترین است.',
  'calendar.offPeak.nearestTaken':
    'نزدیک‌ترین زمان، «{nearest}»، در آن روز پست دیگری دارد؛ «{time}» را در نظر بگیرید.',
  'calendar.offPeak.allTaken': 'نزدیک‌ترین زمان «{nearest}» است، اما همهٔ بهترین زمان‌ها در آن روز پست دارند.',
  'calendar.offPeak.fix': 'انتقال به «{time}»',

  'calendar.mix.sum':
    'سهم‌های ترکیب محتوای {platform} روی هم {sum}٪ می‌شود، اما جمع آن‌ها حداکثر می‌تواند {max}٪ باشد. بعضی از آن‌ها را کم کنید.',
  'calendar.mix.thisPlatform': 'این شبکه',
  'calendar.mix.stray':
    '{total} پست در {platform} از ترکیب محتوای برنامه‌ریزی‌شده‌اش فاصله گرفته‌اند: {shares}. {plan} برنامه‌ریزی کنید، یا ترکیب محتوا را تغییر دهید.',
  'calendar.mix.share': '«{type}» {share}٪ (مقصد {target}٪)',
  'calendar.mix.more': 'پست‌های {types} بیشتری',
  'calendar.mix.fewer': 'پست‌های {types} کمتری',
  'calendar.mix.moreAndFewer': 'پست‌های {more} بیشتری و پست‌های {fewer} کمتری',

  'calendar.overdue.noStatus':
    '{days} روز از موعد {post} گذشته است، اما وضعیتی ندارد (هنوز ایده است). اگر منتشر شده، آن را منتشرشده علامت بزنید؛ اگر نه، تاریخ تازه‌ای برایش بگذارید یا آن را ردشده علامت بزنید.',
  'calendar.overdue.status':
    '{days} روز از موعد {post} گذشته است، اما هنوز «{status}» است. اگر منتشر شده، آن را منتشرشده علامت بزنید؛ اگر نه، تاریخ تازه‌ای برایش بگذارید یا آن را ردشده علامت بزنید.',
  'calendar.overdue.fix': 'علامت‌زدن به‌عنوان منتشرشده',

  'calendar.unapproved.notApproved':
    '{post} {status, select, scheduled {زمان‌بندی شده} published {منتشر شده} other {در وضعیت «{status}»}} است اما تأیید نشده، و این استراتژی پیش از زمان‌بندی پست‌ها تأیید می‌خواهد. از یکی از تأییدکنندگان ({approvers}) بخواهید آن را تأیید کند و «{field}» را با نام او اضافه کنید.',
  'calendar.unapproved.notApprovedAnyone':
    '{post} {status, select, scheduled {زمان‌بندی شده} published {منتشر شده} other {در وضعیت «{status}»}} است اما تأیید نشده، و این استراتژی پیش از زمان‌بندی پست‌ها تأیید می‌خواهد. آن را به تأیید برسانید و «{field}» را با نام تأییدکننده اضافه کنید.',
  'calendar.unapproved.wrongApprover':
    '{post} را «{name}» تأیید کرده که از تأییدکنندگان ({approvers}) نیست. از یکی از آنان بخواهید آن را تأیید کند.',
  'calendar.unapproved.fix': 'افزودن «{field}»',

  'engagement.slow':
    '{topic} باید ظرف {within} پاسخ بگیرد، اما «{metric}» در {month} برابر {value} بود. به {team} کمک بیشتری برسانید، یا «{field}» را طوری تعیین کنید که بتوان به آن پایبند ماند.',
  'engagement.slow.topic': '«{topic}»',
  'engagement.slow.thisTopic': 'این موضوع',
  'engagement.slow.team': 'تیم «{team}»',
  'engagement.slow.theTeam': 'تیم',
  'engagement.slow.within': '«{time}» ({hours})',
  'engagement.slow.hours': '{hours} ساعت',

  'metrics.gap':
    '«{name}» برای {missing, plural, =1 {ماه} other {# ماه}} {months} مقداری ندارد. در پایان هر ماه رقمی ثبت کنید تا روند قابل اعتماد بماند.',
  'metrics.gap.unnamed': 'شاخص {index}',
  'metrics.gap.more': 'و {count} ماه دیگر',

  'reviews.missing':
    'هیچ بازبینی‌ای به {month}، آخرین ماهی که ارقام شاخص‌ها را دارد، نمی‌پردازد. یک بازبینی (با «{example}») اضافه کنید و بنویسید چه چیزی جواب داد، چه چیزی نداد و چه چیزی تغییر می‌کند.',
  'platform.named': '{network} ({id})',
};
