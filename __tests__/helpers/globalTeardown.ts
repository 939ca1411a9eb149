export default async function globalTeardown(): Promise<void> {
  const embedded = globalThis.__pgilEmbedded;
  if (!embedded) return;
  await embedded.server.stop();
  await embedded.db.close();
}
