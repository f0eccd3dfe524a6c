import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { siteUrlVerdict } from '@/publishing/site-url';

describe('siteUrlVerdict', () => {
  it('stops on the example address and says, in French, what to set', () => {
    const verdict = siteUrlVerdict('https://salle-de-presse.example');
    expect(verdict.placeholder).toBe(true);
    expect(verdict.notice).toContain('https://salle-de-presse.example');
    expect(verdict.notice).toContain(
      'Indiquez l’adresse publique du site dans content/site.yaml (url:)',
    );
  });

  it('lets a real address through, silently', () => {
    expect(siteUrlVerdict('https://mon-organisme.github.io')).toEqual({
      placeholder: false,
      notice: '',
    });
  });
});

interface Step {
  id?: string;
  if?: string;
  run?: string;
  uses?: string;
}
interface Workflow {
  jobs: Record<string, { if?: string; outputs?: Record<string, string>; steps: Step[] }>;
}

describe('the deploy workflow', () => {
  const workflow = parse(
    readFileSync(join(process.cwd(), '.github/workflows/deploy.yml'), 'utf8'),
  ) as Workflow;
  const { build, deploy } = workflow.jobs;

  it('publishes nothing while the site has its example address', () => {
    const steps = build?.steps ?? [];
    const guard = steps.findIndex((step) => step.run?.includes('scripts/site-url.ts'));
    const upload = steps.findIndex((step) =>
      step.uses?.startsWith('actions/upload-pages-artifact'),
    );
    expect(guard).toBeGreaterThanOrEqual(0);
    expect(guard).toBeLessThan(upload);
    expect(steps[upload]?.if).toContain(`steps.${steps[guard]?.id}.outputs.placeholder == 'false'`);
    expect(build?.outputs?.['placeholder']).toBe(
      `\${{ steps.${steps[guard]?.id}.outputs.placeholder }}`,
    );
    expect(deploy?.if).toContain("needs.build.outputs.placeholder == 'false'");
  });
});
