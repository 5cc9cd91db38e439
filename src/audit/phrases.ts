/**
 * X-2 phrase patterns, as data: wordings in which a report states, in its
 * text, a figure of its own tables. A pattern binds one number to one cell or
 * one fixed sum of cells; anything less certain is not a pattern here (a false
 * alarm costs an auditor's time). Patterns run on one clause of a sentence
 * (split at ，、：and brackets) with digits half-width and no spaces; a match
 * is masked before the next pattern runs, so the longer wording wins
 * (`予以公开及部分公开` before `予以公开`).
 */

export interface Phrase {
  id: string;
  /** What the figure is, for the message: `本年新收申请`. */
  states: string;
  /** The figure is the first capture group. */
  pattern: RegExp;
  /** Canonical paths summed; `applications.{other}.total` stands for the （六） row(s) the report prints. */
  cells: string[];
  /** How the message names those cells. */
  cellsName: string;
  /** The sentence must be about this: in its section or under a heading naming it, or say so itself. */
  topic: 'applications' | 'review';
  /** Counts only after this phrase matched earlier in the same sentence (`其中自然人…`). */
  after?: string;
  /** A clause with any of these words (outside the match) is not this statement. */
  exclude?: RegExp;
}

const N = '(\\d+)';
/** Words that may sit between the keyword and the figure. */
const FILL = '(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:共计|共|总计|合计|数量为|数量|数为|为)?';
const p = (s: string) => new RegExp(s);
const ORGS = ['commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg'];
const RESULT_GROUPS = {
  denied: ['stateSecret', 'lawProhibited', 'safetyStability', 'thirdPartyRights', 'internalAffairs', 'processInfo', 'enforcementCase', 'adminQuery'],
  unavailable: ['notHeld', 'needsCreation', 'unclearAfterCorrection'],
  notProcessed: ['complaint', 'duplicate', 'publication', 'excessive', 'confirmation'],
};
const group = (g: keyof typeof RESULT_GROUPS) => RESULT_GROUPS[g].map((k) => `applications.${g}.${k}.total`);

/** Words that make a figure a part (by channel) or another period's. */
const CHANNEL = /网上|网络|在线|当面|现场|信函|邮寄|传真|电子邮件|邮箱|平台|窗口|来信|电话/;

export const PHRASES: Phrase[] = [
  {
    id: 'newReceived',
    states: '本年新收政府信息公开申请',
    pattern: p(`(?:收到|受理|接收|接到|新收|收悉)(?:各类|各种)?(?:政府信息公开|信息公开)申请(?:共计|共|总计|合计|数量为|数量|为)?${N}件`),
    cells: ['applications.newReceived.total'],
    cellsName: '表三“一、本年新收政府信息公开申请数量”行“总计”列',
    topic: 'applications',
    exclude: CHANNEL,
  },
  {
    id: 'newReceivedNaturalPerson',
    states: '本年新收申请中自然人申请',
    pattern: p(`^(?:其中)?(?:来自)?自然人(?:提出)?(?:的)?(?:申请)?${N}件`),
    cells: ['applications.newReceived.naturalPerson'],
    cellsName: '表三“一、本年新收政府信息公开申请数量”行“自然人”列',
    topic: 'applications',
    after: 'newReceived',
  },
  {
    id: 'newReceivedOrganisations',
    states: '本年新收申请中法人或其他组织申请',
    pattern: p(`^(?:其中)?(?:来自)?法人(?:或|和|及)其他组织(?:提出)?(?:的)?(?:申请)?${N}件`),
    cells: ORGS.map((c) => `applications.newReceived.${c}`),
    cellsName: '表三“一、本年新收政府信息公开申请数量”行“法人或其他组织”五列之和',
    topic: 'applications',
    after: 'newReceived',
  },
  {
    id: 'carriedOver',
    states: '上年结转申请',
    pattern: p(`上(?:一)?年(?:度)?结转${FILL}${N}件`),
    cells: ['applications.carriedOver.total'],
    cellsName: '表三“二、上年结转政府信息公开申请数量”行“总计”列',
    topic: 'applications',
  },
  {
    id: 'carriedForward',
    states: '结转下年度办理的申请',
    pattern: p(`结转(?:至|到|入)?下(?:一)?年(?:度)?(?:继续办理|办理|答复)?${FILL}${N}件`),
    cells: ['applications.carriedForward.total'],
    cellsName: '表三“四、结转下年度继续办理”行“总计”列',
    topic: 'applications',
  },
  {
    id: 'grantedOrPartly',
    states: '予以公开及部分公开的申请',
    pattern: p(`予以公开(?:或者|或|及|和|与|、)部分公开${FILL}${N}件`),
    cells: ['applications.granted.total', 'applications.partiallyGranted.total'],
    cellsName: '表三“（一）予以公开”与“（二）部分公开”两行“总计”列之和',
    topic: 'applications',
  },
  {
    id: 'granted',
    states: '予以公开的申请',
    pattern: p(`予以公开${FILL}${N}件`),
    cells: ['applications.granted.total'],
    cellsName: '表三“（一）予以公开”行“总计”列',
    topic: 'applications',
  },
  {
    id: 'partiallyGranted',
    states: '部分公开的申请',
    pattern: p(`部分公开${FILL}${N}件`),
    cells: ['applications.partiallyGranted.total'],
    cellsName: '表三“（二）部分公开”行“总计”列',
    topic: 'applications',
  },
  {
    id: 'denied',
    states: '不予公开的申请',
    pattern: p(`不予公开${FILL}${N}件`),
    cells: group('denied'),
    cellsName: '表三“（三）不予公开”八行“总计”列之和',
    topic: 'applications',
  },
  {
    id: 'unavailable',
    states: '无法提供的申请',
    pattern: p(`无法提供${FILL}${N}件`),
    cells: group('unavailable'),
    cellsName: '表三“（四）无法提供”三行“总计”列之和',
    topic: 'applications',
  },
  {
    id: 'notProcessed',
    states: '不予处理的申请',
    pattern: p(`不予处理${FILL}${N}件`),
    cells: group('notProcessed'),
    cellsName: '表三“（五）不予处理”五行“总计”列之和',
    topic: 'applications',
  },
  {
    id: 'other',
    states: '其他处理的申请',
    pattern: p(`其他处理${FILL}${N}件`),
    cells: ['applications.{other}.total'],
    cellsName: '表三“（六）其他处理”“总计”列',
    topic: 'applications',
  },
  {
    id: 'resultTotal',
    states: '本年办理（答复）的申请',
    pattern: p(`^(?:\\d{4}年)?(?:全年|本年度?|全[市区县省州旗])?(?:共计|共|总共|合计)?(?:办理|办结|答复)(?:完毕|完成)?(?:了)?${FILL}${N}件`),
    cells: ['applications.resultTotal.total'],
    cellsName: '表三“（七）总计”行“总计”列',
    topic: 'applications',
  },
  {
    id: 'review',
    states: '政府信息公开行政复议',
    pattern: p(`行政复议(?:案件|申请)?(?:共计|共|总计|合计|数量为|数量|为)?${N}件`),
    cells: ['reviewLitigation.review.total'],
    cellsName: '表四“行政复议”“总计”',
    topic: 'review',
  },
  {
    id: 'litigation',
    states: '政府信息公开行政诉讼',
    pattern: p(`行政诉讼(?:案件)?(?:共计|共|总计|合计|数量为|数量|为)?${N}件`),
    cells: ['reviewLitigation.litigationDirect.total', 'reviewLitigation.litigationAfterReview.total'],
    cellsName: '表四“未经复议直接起诉”与“复议后起诉”两组“总计”之和',
    topic: 'review',
    exclude: /复议(?:和|与|及|、)/,
  },
  {
    id: 'litigationAfterReviewMention',
    states: '政府信息公开行政诉讼',
    pattern: p(`^(?:被提起)?诉讼(?:案件)?(?:共计|共|为)?${N}件`),
    cells: ['reviewLitigation.litigationDirect.total', 'reviewLitigation.litigationAfterReview.total'],
    cellsName: '表四“未经复议直接起诉”与“复议后起诉”两组“总计”之和',
    topic: 'review',
    after: 'review',
  },
];

/** A clause with any of these words outside the match speaks of another period or a change, not the figure itself. */
export const OTHER_PERIOD = /同比|环比|上年同期|较上年|较去年|比上年|比去年|去年|上一年度|增加|减少|增长|下降|累计|以来|历年|近[三五十两]年/;
/**
 * Words of an earlier clause of the sentence that put its figures in another
 * period (`上年同期，…`, `与上年相比，…`). Narrower than OTHER_PERIOD: a rise or
 * fall named earlier (`工作进一步加强，…`) says nothing of the figure's year, nor
 * does `上年` alone (`上年结转的3件已办结，本年新收…`).
 */
export const EARLIER_PERIOD = /同比|环比|上年同期|去年同期|较上年|较去年|比上年|比去年|与上年|与去年|去年|上一年度|历年|近[三五十两]年|以来|累计/;

/** A figure followed by `（含…` includes something else (`申请3119件（含上年结转34件）`). */
export const INCLUDES_MORE = /^[（(]含/;

/** Words that put a sentence on a topic when it is outside the table's own section. */
export const TOPIC_WORDS: Record<Phrase['topic'], RegExp> = {
  applications: /申请/,
  review: /信息公开/,
};

/** The section that holds each topic's table. */
export const TOPIC_SECTION: Record<Phrase['topic'], number> = { applications: 3, review: 4 };
