// The text of a new strategy file: a commented walk through the eight steps, small but complete,
// valid against the contract and clean under every rule, so a new user starts from zero findings.

export type TemplateLanguage = 'en' | 'fa';

/** The dates a template needs, all derived from "today" so the file is valid the day it is created. */
interface TemplateDates {
  start: string; // first day of today's month
  end: string; // last day of the sixth month
  firstReview: string; // last day of the first month
  lastMonth: string; // the month before the period, whose figure is the baseline
  firstPost: string; // the first Monday on or after today
  secondPost: string; // the Thursday of that week
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Day of a UTC date as YYYY-MM-DD; Date.UTC normalises overflowing months and days. */
const isoDay = (year: number, month: number, day: number): string => {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

const isoMonth = (year: number, month: number): string => isoDay(year, month, 1).slice(0, 7);

function templateDates(today: string): TemplateDates {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!match) throw new RangeError(`today must be YYYY-MM-DD, got "${today}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay(); // 0 = Sunday
  const toMonday = (8 - weekday) % 7;
  // Both posts fall in one ISO week, so the calendar spans no whole week and the cadence holds.
  return {
    start: isoDay(year, month, 1),
    end: isoDay(year, month + 6, 0), // day 0 of a month is the last day of the month before
    firstReview: isoDay(year, month + 1, 0),
    lastMonth: isoMonth(year, month - 1),
    firstPost: isoDay(year, month, day + toMonday),
    secondPost: isoDay(year, month, day + toMonday + 3),
  };
}

/** A new strategy file in English or Persian, its period starting at the month of `today` (YYYY-MM-DD). */
export function strategyTemplate(language: TemplateLanguage, today: string): string {
  const dates = templateDates(today);
  return language === 'fa' ? persian(dates) : english(dates);
}

function english(d: TemplateDates): string {
  return `# A social media strategy, kept as a file you can version, review and check.
# Work through the eight steps below, top to bottom. Replace the sample text with your own;
# the editor checks every change and explains each finding (hover a key for help).
#
#   1. Goals: SMART goals tied to business objectives
#   2. Audience: personas of the people you talk to
#   3. Competitors: what others do well and badly
#   4. Platforms: where you post, for whom, how often
#   5. Content calendar: what goes out when
#   6. Engagement: who answers what, and how fast
#   7. Metrics: your figures, recorded at the end of each month
#   8. Reviews: what you learned, and what you change

version: 1
name: Our social media strategy
owner: Your name (your role)

# The six months this strategy covers. Goal deadlines and posts must fall inside.
period:
  start: ${d.start}
  end: ${d.end}

# Why you are on social media. Keep the ones that apply.
purposes:
  - marketing # win and keep customers
  - employee-engagement # let your team take pride in their work
  - collaboration # work with partners, suppliers and customers

# What you offer that others do not, in a sentence. Every post should point back to it.
valueProposition: What makes us different, in one sentence.

# --- Step 1. Goals -------------------------------------------------------------------------
# First the business objectives. Every goal must serve one: that is what makes it relevant.
objectives:
  - id: grow-sales
    title: Grow online sales
    description: Why this matters to the business this year.

# Then the goals, written SMART:
#   Specific: a title of 3 words or more, and where (platforms, or the metric's platform)
#   Measurable: a metric and a number to reach
#   Achievable: a starting point (baseline) and a target your trend can reach
#   Relevant: the business objective it serves
#   Time-bound: a deadline inside the period
goals:
  - id: grow-followers
    title: Grow Instagram followers to 1,300
    objective: grow-sales # relevant: the objective above
    metric: followers # measurable: the figure in step 7 (its platform says where)
    target: 1300 # measurable: the number to reach
    deadline: ${d.end} # time-bound
    rationale: We gained about 5% a month recently; two good posts a week should keep that up.
    owner: Your name

# --- Step 2. Audience ----------------------------------------------------------------------
# Describe the people you want to reach, as a persona: who they are, what they need.
audiences:
  - id: main-customers
    name: Our main customers
    demographics:
      ageRange: 25-40
      locations: [Your city]
    interests: [What they enjoy]
    painPoints: [What annoys or worries them]
    needs: [What they are looking for]
    platforms: [instagram]

# --- Step 3. Competitors -------------------------------------------------------------------
# Look at two or three competitors: how often they post, what works, where they fall short.
competitors:
  - id: main-competitor
    name: Our main competitor
    presence:
      - platform: instagram # the network's name
        postsPerWeek: 3
        contentTypes: [image, reel]
    strengths: [What they do well]
    weaknesses: [Where they fall short]
    notes: How we will stand out.

# --- Step 4. Platforms ---------------------------------------------------------------------
# Choose few channels and do them well. postsPerWeek is a promise the calendar must keep.
platforms:
  - id: instagram
    network: instagram
    handle: '@yourbusiness'
    priority: primary
    audiences: [main-customers]
    cadence:
      postsPerWeek: 2
    bestTimes: ['09:00', '19:00']

# --- Step 5. Content calendar --------------------------------------------------------------
# One entry per post. Status moves from idea to draft, scheduled and published.
calendar:
  - date: ${d.firstPost}
    time: '09:00'
    platform: instagram
    type: behind-the-scenes
    title: Meet the team behind our products
    status: idea
    goal: grow-followers
  - date: ${d.secondPost}
    time: '19:00'
    platform: instagram
    type: reel
    title: Our best-selling product in 30 seconds
    status: idea
    goal: grow-followers

# --- Step 6. Engagement --------------------------------------------------------------------
# Who answers which kind of message, and how fast (h = hours, d = days).
engagement:
  - topic: Questions about orders and delivery
    team: support
    responseTime: 4h
    platforms: [instagram]

# People and organisations whose goodwill has value: influencers, partners, suppliers,
# customers, employees, communities.
relationships:
  - id: local-partner
    name: A partner whose customers are like ours
    kind: partner
    value: medium
    platforms: [instagram]
    audiences: [main-customers]
    notes: What we could do together.

# --- Step 7. Metrics -----------------------------------------------------------------------
# At the end of each month, add that month's figure (YYYY-MM: number), without skipping months.
# The first value is the goal's starting point; from three months on, trends show a forecast.
metrics:
  - id: followers
    name: Instagram followers
    platform: instagram
    unit: followers
    values:
      ${d.lastMonth}: 1000

# --- Step 8. Reviews -----------------------------------------------------------------------
# At the end of each month, compare the figures with the goals and adjust the plan.
reviews:
  - date: ${d.firstReview}
    findings: What worked, what did not, and why.
    actions:
      - What we will change next month

# House rules for everyone who posts on behalf of the business.
governance:
  policies:
    - Never share customer details without permission.
  guidelines:
    - A friendly, plain tone of voice.
  training:
    - Social media basics for new staff
`;
}

function persian(d: TemplateDates): string {
  return `# استراتژی شبکه‌های اجتماعی، در فایلی که می‌توان نسخه‌بندی، بازبینی و بررسی کرد.
# هشت گام زیر را از بالا به پایین پیش بروید و متن نمونه را با متن خودتان عوض کنید.
# ویرایشگر هر تغییر را بررسی می‌کند و هر یافته را توضیح می‌دهد (برای راهنما، نشانگر را روی کلید ببرید).
#
#   ۱. هدف‌ها: هدف‌های SMART وصل به هدف‌های کسب‌وکار
#   ۲. مخاطب: پرسونای کسانی که با آن‌ها حرف می‌زنید
#   ۳. رقبا: کارهای خوب و ضعیف دیگران
#   ۴. شبکه‌ها: کجا، برای چه کسی و چند بار پست می‌گذارید
#   ۵. تقویم محتوا: چه چیزی، چه زمانی منتشر می‌شود
#   ۶. تعامل: چه کسی به چه پیامی و با چه سرعتی پاسخ می‌دهد
#   ۷. شاخص‌ها: ارقامی که پایان هر ماه ثبت می‌کنید
#   ۸. بازبینی: آنچه آموختید و آنچه تغییر می‌دهید
#
# کلیدها (مثل goals) و شناسه‌ها (id) با حروف لاتین می‌مانند؛ متن‌ها فارسی‌اند.
# تاریخ‌ها میلادی و به شکل YYYY-MM-DD نوشته می‌شوند و عددها با رقم لاتین.

version: 1
name: استراتژی شبکه‌های اجتماعی ما
owner: نام شما (سمت شما)

# شش ماهی که این استراتژی پوشش می‌دهد. مهلت هدف‌ها و تاریخ پست‌ها باید درون آن باشد.
period:
  start: ${d.start}
  end: ${d.end}

# چرا در شبکه‌های اجتماعی هستید. آن‌هایی را که درست است نگه دارید.
purposes:
  - marketing # جذب و نگه‌داشتن مشتری
  - employee-engagement # افتخار و مشارکت کارکنان
  - collaboration # همکاری با شرکا، تأمین‌کنندگان و مشتریان

# ارزشی که شما می‌دهید و دیگران نه، در یک جمله. هر پست باید به آن اشاره کند.
valueProposition: آنچه ما را متمایز می‌کند، در یک جمله.

# --- گام ۱. هدف‌ها --------------------------------------------------------------------------
# اول هدف‌های کسب‌وکار. هر هدف باید به یکی از آن‌ها خدمت کند؛ این یعنی «مرتبط».
objectives:
  - id: grow-sales
    title: افزایش فروش آنلاین
    description: چرا این هدف امسال برای کسب‌وکار مهم است.

# سپس هدف‌ها، به شیوهٔ SMART:
#   مشخص: عنوانی با دست‌کم سه کلمه، و محل اجرا (platforms یا شبکهٔ شاخص)
#   قابل اندازه‌گیری: یک شاخص و عددی که باید به آن برسید
#   دست‌یافتنی: نقطهٔ شروع (baseline) و هدفی که روند شما به آن برسد
#   مرتبط: هدف کسب‌وکاری که به آن خدمت می‌کند
#   زمان‌دار: مهلتی درون بازهٔ استراتژی
goals:
  - id: grow-followers
    title: رساندن دنبال‌کنندگان اینستاگرام به ۱۳۰۰ نفر
    objective: grow-sales # مرتبط: هدف کسب‌وکار بالا
    metric: followers # قابل اندازه‌گیری: شاخص گام ۷ (شبکه‌اش محل اجرا را می‌گوید)
    target: 1300 # قابل اندازه‌گیری: عدد هدف
    deadline: ${d.end} # زمان‌دار
    rationale: این اواخر ماهی حدود ۵ درصد رشد داشته‌ایم؛ دو پست خوب در هفته این روند را حفظ می‌کند.
    owner: نام شما

# --- گام ۲. مخاطب --------------------------------------------------------------------------
# کسانی را که می‌خواهید به آن‌ها برسید، به شکل پرسونا توصیف کنید: چه کسی‌اند و چه می‌خواهند.
audiences:
  - id: main-customers
    name: مشتریان اصلی ما
    demographics:
      ageRange: 25-40
      locations: [شهر شما]
    interests: [آنچه دوست دارند]
    painPoints: [آنچه آزارشان می‌دهد یا نگرانشان می‌کند]
    needs: [آنچه به دنبالش هستند]
    platforms: [instagram]

# --- گام ۳. رقبا ---------------------------------------------------------------------------
# دو یا سه رقیب را بررسی کنید: چند بار پست می‌گذارند، چه چیزی جواب می‌دهد، کجا ضعیف‌اند.
competitors:
  - id: main-competitor
    name: رقیب اصلی ما
    presence:
      - platform: instagram # نام شبکه
        postsPerWeek: 3
        contentTypes: [image, reel]
    strengths: [کارهایی که خوب انجام می‌دهند]
    weaknesses: [جاهایی که کم می‌آورند]
    notes: ما چگونه متمایز می‌شویم.

# --- گام ۴. شبکه‌ها -------------------------------------------------------------------------
# شبکه‌های کم را انتخاب کنید و خوب اجرا کنید. postsPerWeek قولی است که تقویم باید نگه دارد.
platforms:
  - id: instagram
    network: instagram
    handle: '@yourbusiness'
    priority: primary
    audiences: [main-customers]
    cadence:
      postsPerWeek: 2
    bestTimes: ['13:00', '21:00']

# --- گام ۵. تقویم محتوا --------------------------------------------------------------------
# برای هر پست یک مورد. وضعیت از idea (ایده) به draft، scheduled و published می‌رسد.
calendar:
  - date: ${d.firstPost}
    time: '13:00'
    platform: instagram
    type: behind-the-scenes
    title: آشنایی با تیمی که محصولات ما را می‌سازد
    status: idea
    goal: grow-followers
  - date: ${d.secondPost}
    time: '21:00'
    platform: instagram
    type: reel
    title: پرفروش‌ترین محصول ما در ۳۰ ثانیه
    status: idea
    goal: grow-followers

# --- گام ۶. تعامل --------------------------------------------------------------------------
# چه کسی به چه نوع پیامی و با چه سرعتی پاسخ می‌دهد (h ساعت، d روز).
engagement:
  - topic: پرسش دربارهٔ سفارش و ارسال
    team: پشتیبانی
    responseTime: 4h
    platforms: [instagram]

# افراد و سازمان‌هایی که رابطه با آن‌ها ارزش دارد: اینفلوئنسرها، شرکا، تأمین‌کنندگان،
# مشتریان، کارکنان و جامعه‌ها.
relationships:
  - id: local-partner
    name: شریکی که مشتریانش شبیه مشتریان ماست
    kind: partner
    value: medium
    platforms: [instagram]
    audiences: [main-customers]
    notes: کاری که می‌توانیم با هم انجام دهیم.

# --- گام ۷. شاخص‌ها ------------------------------------------------------------------------
# پایان هر ماه رقم همان ماه را اضافه کنید (YYYY-MM: عدد) و هیچ ماهی را جا نیندازید.
# اولین مقدار نقطهٔ شروع هدف است؛ از سه ماه به بعد، روندها پیش‌بینی نشان می‌دهند.
metrics:
  - id: followers
    name: دنبال‌کنندگان اینستاگرام
    platform: instagram
    unit: نفر
    values:
      ${d.lastMonth}: 1000

# --- گام ۸. بازبینی ------------------------------------------------------------------------
# پایان هر ماه ارقام را با هدف‌ها مقایسه کنید و برنامه را اصلاح کنید.
reviews:
  - date: ${d.firstReview}
    findings: چه چیزی جواب داد، چه چیزی نه، و چرا.
    actions:
      - آنچه ماه بعد تغییر می‌دهیم

# قواعد برای همهٔ کسانی که از طرف کسب‌وکار پست می‌گذارند.
governance:
  policies:
    - اطلاعات مشتری بدون اجازه منتشر نمی‌شود.
  guidelines:
    - لحنی دوستانه و ساده.
  training:
    - آموزش پایهٔ شبکه‌های اجتماعی برای کارکنان تازه‌وارد
`;
}
