// Placeholder until the add-on build lands.
export async function buildAddon() {}
