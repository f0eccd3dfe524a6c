import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { readFileSync } from 'node:fs';
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
 * Markup after `</html>` (a component's `<script>` placed after the layout): browsers
 * move it into the body, html-validate says nothing, the Nu validator reports a
 * « Stray start tag ». A page ends with `</html>` and at most a line break.
 */
export function afterHtmlEnd(html: string): HtmlProblem | undefined {
  const end = html.lastIndexOf('</html>');
  const rest = end < 0 ? html : html.slice(end + '</html>'.length);
  if (end >= 0 && rest.trim() === '') return undefined;
  return {
    file: '',
    line: html.slice(0, Math.max(end, 0)).split('\n').length,
    rule: 'after-html-end',
    message: end < 0 ? 'no </html>' : `content after </html>: ${rest.trim().slice(0, 80)}`,
  };
}

/**
 * Validates every `.html` file under `dir` with html-validate and the project's
 * `.htmlvalidate.json` (found from the working directory), and checks that nothing
 * follows `</html>`.
 */
export async function validateHtml(dir: string): Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: HtmlProblem[] = [];
  for (const file of listPages(dir)) {
    const after = afterHtmlEnd(readFileSync(join(dir, file), 'utf8'));
    if (after) problems.push({ ...after, file });
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
