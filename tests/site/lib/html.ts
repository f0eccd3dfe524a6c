import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { join } from 'node:path';
import { listPages } from './files';

/** One validator message, located in a built file. */
export interface HtmlProblem {
  file: string;
  line: number;
  rule: string;
  message: string;
}

/**
 * Validates every `.html` file under `dir` with html-validate and the project's
 * `.htmlvalidate.json` (found from the working directory).
 */
export async function validateHtml(dir: string): Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: HtmlProblem[] = [];
  for (const file of listPages(dir)) {
    const report = await validator.validateFile(join(dir, file));
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push({ file, line: message.line, rule: message.ruleId, message: message.message });
      }
    }
  }
  return problems;
}

/** One line per problem, for test failure messages. */
export const formatHtmlProblems = (problems: HtmlProblem[]): string[] =>
  problems.map((p) => `${p.file}:${p.line} [${p.rule}] ${p.message}`);
