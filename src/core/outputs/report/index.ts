// The month report (contract "The month report: strategy-lint report"): the numbers once
// (monthReport), then the contract's JSON, GitHub Markdown and a self-contained HTML page.
export {
  monthReport,
  reportJson,
  type ReportData,
  type ReportFinding,
  type ReportFindingGroup,
  type ReportGoal,
  type ReportJson,
  type ReportMetric,
  type ReportOptions,
  type ReportOverdue,
  type ReportPlatform,
  type ReportReview,
  type ReportTarget,
} from './data';
export { reportMarkdown, type MarkdownOptions } from './markdown';
export { reportHtml, type HtmlOptions } from './html';
