import { describe, expect, it } from 'vitest';
import { publishedFileName } from '@/core/image-formats';

describe('the name an original is published under', () => {
  it('is a web-safe lower-case name with the published extension', () => {
    expect(publishedFileName('content/releases/2013/Gare Strasbourg.JPEG')).toBe(
      'gare-strasbourg.jpg',
    );
    expect(publishedFileName('./logo_technocentre.PNG')).toBe('logo-technocentre.png');
    expect(publishedFileName('portrait-carol.webp')).toBe('portrait-carol.webp');
  });

  it('is undefined for a format the site does not publish', () => {
    expect(publishedFileName('animation.gif')).toBeUndefined();
  });
});
