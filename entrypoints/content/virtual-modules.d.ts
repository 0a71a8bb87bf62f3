/** Made by wxt.config.ts at build time. */
declare module 'virtual:briefmark-prebuilt-scan' {
  import type { PrebuiltScan } from '../../data/scan-pattern';
  const prebuilt: PrebuiltScan | null;
  export default prebuilt;
}
