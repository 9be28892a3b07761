// The text of a new strategy file: a commented walk through the eight steps, small but complete,
// valid against the contract and clean under every rule, so a new user starts from zero findings.
// The YAML is written once; each language is its comments and human text, as data.
import type { Language } from '../text/words';

export type TemplateLanguage = Language;

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
  return template(TEXT[language], dates);
}

/** A comment: one line, or several (an empty one is a bare `#`). */
type Comment = string | readonly string[];

/** A template's comments and human text in one language; the YAML around them is `template`'s. */
interface TemplateText {
  /** The opening comment: what the file is and the eight steps. */
  intro: Comment;
  name: string;
  owner: string;
  period: Comment;
  purposes: { comment: Comment; marketing: string; employeeEngagement: string; collaboration: string };
  valueProposition: { comment: Comment; text: string };
  objectives: { step: string; comment: Comment; title: string; description: string };
  goals: {
    /** SMART, one line a letter. */
    comment: Comment;
    title: string;
    objective: string;
    metric: string;
    target: string;
    deadline: string;
    rationale: string;
    owner: string;
  };
  audiences: {
    step: string;
    comment: Comment;
    name: string;
    location: string;
    interest: string;
    painPoint: string;
    need: string;
  };
  competitors: {
    step: string;
    comment: Comment;
    name: string;
    platform: string;
    strength: string;
    weakness: string;
    notes: string;
  };
  platforms: { step: string; comment: Comment };
  /** The two posts' times, also the platform's best times: when this language's audience reads. */
  times: readonly [string, string];
  calendar: { step: string; comment: Comment; firstTitle: string; secondTitle: string };
  engagement: { step: string; comment: Comment; topic: string; team: string };
  relationships: { comment: Comment; name: string; notes: string };
  metrics: { step: string; comment: Comment; name: string; unit: string };
  reviews: { step: string; comment: Comment; findings: string; action: string };
  governance: { comment: Comment; policy: string; guideline: string; training: string };
}

const comment = (text: Comment): string =>
  (typeof text === 'string' ? [text] : text).map((line) => (line ? `# ${line}` : '#')).join('\n');

function template(t: TemplateText, d: TemplateDates): string {
  const [firstTime, secondTime] = t.times;
  return `${comment(t.intro)}

version: 1
name: ${t.name}
owner: ${t.owner}

${comment(t.period)}
period:
  start: ${d.start}
  end: ${d.end}

${comment(t.purposes.comment)}
purposes:
  - marketing # ${t.purposes.marketing}
  - employee-engagement # ${t.purposes.employeeEngagement}
  - collaboration # ${t.purposes.collaboration}

${comment(t.valueProposition.comment)}
valueProposition: ${t.valueProposition.text}

${comment(t.objectives.step)}
${comment(t.objectives.comment)}
objectives:
  - id: grow-sales
    title: ${t.objectives.title}
    description: ${t.objectives.description}

${comment(t.goals.comment)}
goals:
  - id: grow-followers
    title: ${t.goals.title}
    objective: grow-sales # ${t.goals.objective}
    metric: followers # ${t.goals.metric}
    target: 1300 # ${t.goals.target}
    deadline: ${d.end} # ${t.goals.deadline}
    rationale: ${t.goals.rationale}
    owner: ${t.goals.owner}

${comment(t.audiences.step)}
${comment(t.audiences.comment)}
audiences:
  - id: main-customers
    name: ${t.audiences.name}
    demographics:
      ageRange: 25-40
      locations: [${t.audiences.location}]
    interests: [${t.audiences.interest}]
    painPoints: [${t.audiences.painPoint}]
    needs: [${t.audiences.need}]
    platforms: [instagram]

${comment(t.competitors.step)}
${comment(t.competitors.comment)}
competitors:
  - id: main-competitor
    name: ${t.competitors.name}
    presence:
      - platform: instagram # ${t.competitors.platform}
        postsPerWeek: 3
        contentTypes: [image, reel]
    strengths: [${t.competitors.strength}]
    weaknesses: [${t.competitors.weakness}]
    notes: ${t.competitors.notes}

${comment(t.platforms.step)}
${comment(t.platforms.comment)}
platforms:
  - id: instagram
    network: instagram
    handle: '@yourbusiness'
    priority: primary
    audiences: [main-customers]
    cadence:
      postsPerWeek: 2
    bestTimes: ['${firstTime}', '${secondTime}']

${comment(t.calendar.step)}
${comment(t.calendar.comment)}
calendar:
  - date: ${d.firstPost}
    time: '${firstTime}'
    platform: instagram
    type: behind-the-scenes
    title: ${t.calendar.firstTitle}
    status: idea
    goal: grow-followers
  - date: ${d.secondPost}
    time: '${secondTime}'
    platform: instagram
    type: reel
    title: ${t.calendar.secondTitle}
    status: idea
    goal: grow-followers

${comment(t.engagement.step)}
${comment(t.engagement.comment)}
engagement:
  - topic: ${t.engagement.topic}
    team: ${t.engagement.team}
    responseTime: 4h
    platforms: [instagram]

${comment(t.relationships.comment)}
relationships:
  - id: local-partner
    name: ${t.relationships.name}
    kind: partner
    value: medium
    platforms: [instagram]
    audiences: [main-customers]
    notes: ${t.relationships.notes}

${comment(t.metrics.step)}
${comment(t.metrics.comment)}
metrics:
  - id: followers
    name: ${t.metrics.name}
    platform: instagram
    unit: ${t.metrics.unit}
    values:
      ${d.lastMonth}: 1000

${comment(t.reviews.step)}
${comment(t.reviews.comment)}
reviews:
  - date: ${d.firstReview}
    findings: ${t.reviews.findings}
    actions:
      - ${t.reviews.action}

${comment(t.governance.comment)}
governance:
  policies:
    - ${t.governance.policy}
  guidelines:
    - ${t.governance.guideline}
  training:
    - ${t.governance.training}
`;
}

const EN: TemplateText = {
  intro: [
    'A social media strategy, kept as a file you can version, review and check.',
    'Work through the eight steps below, top to bottom. Replace the sample text with your own;',
    'the editor checks every change and explains each finding (hover a key for help).',
    '',
    '  1. Goals: SMART goals tied to business objectives',
    '  2. Audience: personas of the people you talk to',
    '  3. Competitors: what others do well and badly',
    '  4. Platforms: where you post, for whom, how often',
    '  5. Content calendar: what goes out when',
    '  6. Engagement: who answers what, and how fast',
    '  7. Metrics: your figures, recorded at the end of each month',
    '  8. Reviews: what you learned, and what you change',
  ],
  name: 'Our social media strategy',
  owner: 'Your name (your role)',
  period: 'The six months this strategy covers. Goal deadlines and posts must fall inside.',
  purposes: {
    comment: 'Why you are on social media. Keep the ones that apply.',
    marketing: 'win and keep customers',
    employeeEngagement: 'let your team take pride in their work',
    collaboration: 'work with partners, suppliers and customers',
  },
  valueProposition: {
    comment: 'What you offer that others do not, in a sentence. Every post should point back to it.',
    text: 'What makes us different, in one sentence.',
  },
  objectives: {
    step: '--- Step 1. Goals -------------------------------------------------------------------------',
    comment: 'First the business objectives. Every goal must serve one: that is what makes it relevant.',
    title: 'Grow online sales',
    description: 'Why this matters to the business this year.',
  },
  goals: {
    comment: [
      'Then the goals, written SMART:',
      "  Specific: a title of 3 words or more, and where (platforms, or the metric's platform)",
      '  Measurable: a metric and a number to reach',
      '  Achievable: a starting point (baseline) and a target your trend can reach',
      '  Relevant: the business objective it serves',
      '  Time-bound: a deadline inside the period',
    ],
    title: 'Grow Instagram followers to 1,300',
    objective: 'relevant: the objective above',
    metric: 'measurable: the figure in step 7 (its platform says where)',
    target: 'measurable: the number to reach',
    deadline: 'time-bound',
    rationale: 'We gained about 5% a month recently; two good posts a week should keep that up.',
    owner: 'Your name',
  },
  audiences: {
    step: '--- Step 2. Audience ----------------------------------------------------------------------',
    comment: 'Describe the people you want to reach, as a persona: who they are, what they need.',
    name: 'Our main customers',
    location: 'Your city',
    interest: 'What they enjoy',
    painPoint: 'What annoys or worries them',
    need: 'What they are looking for',
  },
  competitors: {
    step: '--- Step 3. Competitors -------------------------------------------------------------------',
    comment: 'Look at two or three competitors: how often they post, what works, where they fall short.',
    name: 'Our main competitor',
    platform: "the network's name",
    strength: 'What they do well',
    weakness: 'Where they fall short',
    notes: 'How we will stand out.',
  },
  platforms: {
    step: '--- Step 4. Platforms ---------------------------------------------------------------------',
    comment: 'Choose few channels and do them well. postsPerWeek is a promise the calendar must keep.',
  },
  times: ['09:00', '19:00'],
  calendar: {
    step: '--- Step 5. Content calendar --------------------------------------------------------------',
    comment: 'One entry per post. Status moves from idea to draft, scheduled and published.',
    firstTitle: 'Meet the team behind our products',
    secondTitle: 'Our best-selling product in 30 seconds',
  },
  engagement: {
    step: '--- Step 6. Engagement --------------------------------------------------------------------',
    comment: 'Who answers which kind of message, and how fast (h = hours, d = days).',
    topic: 'Questions about orders and delivery',
    team: 'support',
  },
  relationships: {
    comment: [
      'People and organisations whose goodwill has value: influencers, partners, suppliers,',
      'customers, employees, communities.',
    ],
    name: 'A partner whose customers are like ours',
    notes: 'What we could do together.',
  },
  metrics: {
    step: '--- Step 7. Metrics -----------------------------------------------------------------------',
    comment: [
      "At the end of each month, add that month's figure (YYYY-MM: number), without skipping months.",
      "The first value is the goal's starting point; from three months on, trends show a forecast.",
    ],
    name: 'Instagram followers',
    unit: 'followers',
  },
  reviews: {
    step: '--- Step 8. Reviews -----------------------------------------------------------------------',
    comment: 'At the end of each month, compare the figures with the goals and adjust the plan.',
    findings: 'What worked, what did not, and why.',
    action: 'What we will change next month',
  },
  governance: {
    comment: 'House rules for everyone who posts on behalf of the business.',
    policy: 'Never share customer details without permission.',
    guideline: 'A friendly, plain tone of voice.',
    training: 'Social media basics for new staff',
  },
};

const FA: TemplateText = {
  intro: [
    'استراتژی شبکه‌های اجتماعی، در فایلی که می‌توان نسخه‌بندی، بازبینی و بررسی کرد.',
    'هشت گام زیر را از بالا به پایین پیش بروید و متن نمونه را با متن خودتان عوض کنید.',
    'ویرایشگر هر تغییر را بررسی می‌کند و هر یافته را توضیح می‌دهد (برای راهنما، نشانگر را روی کلید ببرید).',
    '',
    '  ۱. هدف‌ها: هدف‌های SMART وصل به هدف‌های کسب‌وکار',
    '  ۲. مخاطب: پرسونای کسانی که با آن‌ها حرف می‌زنید',
    '  ۳. رقبا: کارهای خوب و ضعیف دیگران',
    '  ۴. شبکه‌ها: کجا، برای چه کسی و چند بار پست می‌گذارید',
    '  ۵. تقویم محتوا: چه چیزی، چه زمانی منتشر می‌شود',
    '  ۶. تعامل: چه کسی به چه پیامی و با چه سرعتی پاسخ می‌دهد',
    '  ۷. شاخص‌ها: ارقامی که پایان هر ماه ثبت می‌کنید',
    '  ۸. بازبینی: آنچه آموختید و آنچه تغییر می‌دهید',
    '',
    'کلیدها (مثل goals) و شناسه‌ها (id) با حروف لاتین می‌مانند؛ متن‌ها فارسی‌اند.',
    'تاریخ‌ها میلادی و به شکل YYYY-MM-DD نوشته می‌شوند و عددها با رقم لاتین.',
  ],
  name: 'استراتژی شبکه‌های اجتماعی ما',
  owner: 'نام شما (سمت شما)',
  period: 'شش ماهی که این استراتژی پوشش می‌دهد. مهلت هدف‌ها و تاریخ پست‌ها باید درون آن باشد.',
  purposes: {
    comment: 'چرا در شبکه‌های اجتماعی هستید. آن‌هایی را که درست است نگه دارید.',
    marketing: 'جذب و نگه‌داشتن مشتری',
    employeeEngagement: 'افتخار و مشارکت کارکنان',
    collaboration: 'همکاری با شرکا، تأمین‌کنندگان و مشتریان',
  },
  valueProposition: {
    comment: 'ارزشی که شما می‌دهید و دیگران نه، در یک جمله. هر پست باید به آن اشاره کند.',
    text: 'آنچه ما را متمایز می‌کند، در یک جمله.',
  },
  objectives: {
    step: '--- گام ۱. هدف‌ها --------------------------------------------------------------------------',
    comment: 'اول هدف‌های کسب‌وکار. هر هدف باید به یکی از آن‌ها خدمت کند؛ این یعنی «مرتبط».',
    title: 'افزایش فروش آنلاین',
    description: 'چرا این هدف امسال برای کسب‌وکار مهم است.',
  },
  goals: {
    comment: [
      'سپس هدف‌ها، به شیوهٔ SMART:',
      '  مشخص: عنوانی با دست‌کم سه کلمه، و محل اجرا (platforms یا شبکهٔ شاخص)',
      '  قابل اندازه‌گیری: یک شاخص و عددی که باید به آن برسید',
      '  دست‌یافتنی: نقطهٔ شروع (baseline) و هدفی که روند شما به آن برسد',
      '  مرتبط: هدف کسب‌وکاری که به آن خدمت می‌کند',
      '  زمان‌دار: مهلتی درون بازهٔ استراتژی',
    ],
    title: 'رساندن دنبال‌کنندگان اینستاگرام به ۱۳۰۰ نفر',
    objective: 'مرتبط: هدف کسب‌وکار بالا',
    metric: 'قابل اندازه‌گیری: شاخص گام ۷ (شبکه‌اش محل اجرا را می‌گوید)',
    target: 'قابل اندازه‌گیری: عدد هدف',
    deadline: 'زمان‌دار',
    rationale: 'این اواخر ماهی حدود ۵ درصد رشد داشته‌ایم؛ دو پست خوب در هفته این روند را حفظ می‌کند.',
    owner: 'نام شما',
  },
  audiences: {
    step: '--- گام ۲. مخاطب --------------------------------------------------------------------------',
    comment: 'کسانی را که می‌خواهید به آن‌ها برسید، به شکل پرسونا توصیف کنید: چه کسی‌اند و چه می‌خواهند.',
    name: 'مشتریان اصلی ما',
    location: 'شهر شما',
    interest: 'آنچه دوست دارند',
    painPoint: 'آنچه آزارشان می‌دهد یا نگرانشان می‌کند',
    need: 'آنچه به دنبالش هستند',
  },
  competitors: {
    step: '--- گام ۳. رقبا ---------------------------------------------------------------------------',
    comment: 'دو یا سه رقیب را بررسی کنید: چند بار پست می‌گذارند، چه چیزی جواب می‌دهد، کجا ضعیف‌اند.',
    name: 'رقیب اصلی ما',
    platform: 'نام شبکه',
    strength: 'کارهایی که خوب انجام می‌دهند',
    weakness: 'جاهایی که کم می‌آورند',
    notes: 'ما چگونه متمایز می‌شویم.',
  },
  platforms: {
    step: '--- گام ۴. شبکه‌ها -------------------------------------------------------------------------',
    comment: 'شبکه‌های کم را انتخاب کنید و خوب اجرا کنید. postsPerWeek قولی است که تقویم باید نگه دارد.',
  },
  times: ['13:00', '21:00'],
  calendar: {
    step: '--- گام ۵. تقویم محتوا --------------------------------------------------------------------',
    comment: 'برای هر پست یک مورد. وضعیت از idea (ایده) به draft، scheduled و published می‌رسد.',
    firstTitle: 'آشنایی با تیمی که محصولات ما را می‌سازد',
    secondTitle: 'پرفروش‌ترین محصول ما در ۳۰ ثانیه',
  },
  engagement: {
    step: '--- گام ۶. تعامل --------------------------------------------------------------------------',
    comment: 'چه کسی به چه نوع پیامی و با چه سرعتی پاسخ می‌دهد (h ساعت، d روز).',
    topic: 'پرسش دربارهٔ سفارش و ارسال',
    team: 'پشتیبانی',
  },
  relationships: {
    comment: [
      'افراد و سازمان‌هایی که رابطه با آن‌ها ارزش دارد: اینفلوئنسرها، شرکا، تأمین‌کنندگان،',
      'مشتریان، کارکنان و جامعه‌ها.',
    ],
    name: 'شریکی که مشتریانش شبیه مشتریان ماست',
    notes: 'کاری که می‌توانیم با هم انجام دهیم.',
  },
  metrics: {
    step: '--- گام ۷. شاخص‌ها ------------------------------------------------------------------------',
    comment: [
      'پایان هر ماه رقم همان ماه را اضافه کنید (YYYY-MM: عدد) و هیچ ماهی را جا نیندازید.',
      'اولین مقدار نقطهٔ شروع هدف است؛ از سه ماه به بعد، روندها پیش‌بینی نشان می‌دهند.',
    ],
    name: 'دنبال‌کنندگان اینستاگرام',
    unit: 'نفر',
  },
  reviews: {
    step: '--- گام ۸. بازبینی ------------------------------------------------------------------------',
    comment: 'پایان هر ماه ارقام را با هدف‌ها مقایسه کنید و برنامه را اصلاح کنید.',
    findings: 'چه چیزی جواب داد، چه چیزی نه، و چرا.',
    action: 'آنچه ماه بعد تغییر می‌دهیم',
  },
  governance: {
    comment: 'قواعد برای همهٔ کسانی که از طرف کسب‌وکار پست می‌گذارند.',
    policy: 'اطلاعات مشتری بدون اجازه منتشر نمی‌شود.',
    guideline: 'لحنی دوستانه و ساده.',
    training: 'آموزش پایهٔ شبکه‌های اجتماعی برای کارکنان تازه‌وارد',
  },
};

const TEXT: Readonly<Record<TemplateLanguage, TemplateText>> = { en: EN, fa: FA };
