/**
 * Runs once when the server starts (`npm start`, `next start`): makes sure the moderator has a
 * password and says where it is, so held comments never wait for an admin nobody can open.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { describeAdminCredential, getAdminCredential } = await import("@/comments/admin-credential");
  for (const line of describeAdminCredential(getAdminCredential())) console.log(line);
}
