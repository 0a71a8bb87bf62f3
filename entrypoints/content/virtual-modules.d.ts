/** Made by wxt.config.ts at build time: the bundled pack's compiled matching model, base64 (data/matching/index.ts). */
declare module 'virtual:briefmark-prebuilt-model' {
  const model: string;
  export default model;
}
