/** One problem in the content, with the file, the field and how to fix it. */
export interface ContentIssue {
  file: string;
  field: string;
  message: string;
}

export const formatIssue = (i: ContentIssue) => `  ${i.file} → ${i.field}: ${i.message}`;

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(`${issues.length} content problem${issues.length === 1 ? '' : 's'}:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'ContentError';
  }
}
