/** Made by wxt.config.ts at build time (see data/scan-pattern.ts). */
declare module 'virtual:briefmark-prebuilt-scan' {
  const pattern: RegExp | null;
  export default pattern;
}
