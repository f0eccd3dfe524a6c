import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { frenchTypographyPlugin } from '@/core/typography-plugin';
import { NBSP, NNBSP } from '@/core/typography';

const render = (markdown: string) =>
  markdownToHtml(markdown, { hastPlugins: [frenchTypographyPlugin] }).html;

describe('frenchTypographyPlugin', () => {
  it('typesets the prose of a Markdown body', () => {
    expect(render("Bravo ! C'est « fait » : 25 $.")).toContain(
      `Bravo${NNBSP}! C’est «${NBSP}fait${NBSP}»${NBSP}: 25${NBSP}$.`,
    );
  });

  it('leaves an English translation’s body to English rules', () => {
    const english = (file: string) =>
      markdownToHtml('Results: "great" !', {
        hastPlugins: [frenchTypographyPlugin],
        fileURL: new URL(`file:///content/releases/2013/${file}`),
      }).html;
    expect(english('2013-10-21-mission.en.md')).toContain('Results: "great" !');
    expect(english('2013-10-21-mission.en.mdx')).toContain('Results: "great" !');
    expect(english('2013-10-21-mission.md')).toContain(`Results${NBSP}:`);
  });

  it('leaves inline code and code blocks as typed', () => {
    const html = render("Tapez `a : b ; c'd !` puis :\n\n```\nx : y ; l'z !\n```\n");
    expect(html).toContain("<code>a : b ; c'd !</code>");
    expect(html).toContain("x : y ; l'z !");
    expect(html).toContain(`puis${NBSP}:`);
  });

  it('never changes attributes such as a link target', () => {
    const html = render(
      "[l'adresse](https://exemple.ca/a?b=c:d 'Titre : ici') et <https://exemple.ca/x?y>",
    );
    expect(html).toContain('href="https://exemple.ca/a?b=c:d"');
    expect(html).toContain('title="Titre : ici"');
    expect(html).toContain('>https://exemple.ca/x?y</a>');
  });

  it('leaves passages in another language alone', () => {
    const html = render('<p lang="en">Hello: it\'s "fine"!</p>\n\nFin !');
    expect(html).toContain('Hello: it\'s "fine"!');
    expect(html).toContain(`Fin${NNBSP}!`);
  });
});
