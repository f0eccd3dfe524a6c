import { mediaLibraryPath } from '@/core/urls';
import { MEDIA } from './support/content';
import { screenshotTests } from './support/screenshots';

// The generated newsroom (dist-fixture/): a release with a cover image, and a media
// library, which the real site has not. See support/screenshots.ts.

screenshotTests([
  { name: 'release-image', path: MEDIA.coverPath, viewport: 'phone', theme: 'light' },
  { name: 'release-image', path: MEDIA.coverPath, viewport: 'desktop', theme: 'light' },
  { name: 'media-library', path: mediaLibraryPath(), viewport: 'desktop', theme: 'light' },
]);
