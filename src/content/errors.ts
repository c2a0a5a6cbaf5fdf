/**
 * A problem in content/ that must stop the build. It always names the file
 * (relative to the project) and the field, so an editor can go straight to it.
 */
export class ContentIssue {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly message: string,
  ) {}

  toString(): string {
    return `${this.file} › ${this.field}: ${this.message}`;
  }
}

/** All problems found in one load, reported together so nothing is silently dropped. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `内容校验失败（${issues.length} 处）：\n` +
        issues.map((issue) => `  - ${issue.toString()}`).join("\n"),
    );
    this.name = "ContentError";
  }
}
