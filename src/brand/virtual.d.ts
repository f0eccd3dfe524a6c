declare module 'virtual:brand.css';

/** The brand's logos (src/brand/integration.ts): absent when the settings name none. */
declare module 'virtual:brand-logos' {
  interface Logo {
    src: string;
    width: number;
    height: number;
  }
  export const logo: Logo | undefined;
  export const logoDark: Logo | undefined;
}

/** The font file every page preloads (src/brand/integration.ts): absent for the system font. */
declare module 'virtual:brand-font' {
  export const preload: { href: string; type: string } | undefined;
}
