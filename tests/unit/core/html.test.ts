import { describe, expect, it } from 'vitest';
import { escapeHtml } from '@/core/html';

describe('escapeHtml', () => {
  it('turns markup in a text into text', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    );
  });

  it('escapes an ampersand once, before the references it writes', () => {
    expect(escapeHtml('R&D &amp; co')).toBe('R&amp;D &amp;amp; co');
  });

  it('leaves French text, apostrophes and no-break spaces as they are', () => {
    const text = 'L’Île Imagin’air\u00a0: « Chandler »';
    expect(escapeHtml(text)).toBe(text);
  });
});
