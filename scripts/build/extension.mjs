// Placeholder until the extension build lands; replaced by the extension's own build.
export async function buildExtension() {}
