/**
 * Runs once when the server starts (`npm start`, `next start`): answers requests Next would
 * fail on (TRACE, malformed % escapes) with a 4xx, makes sure the moderator has a password and
 * says where it is, so held comments never wait for an admin nobody can open.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { installRequestGuard } = await import("@/security/request-guard");
  installRequestGuard();
  const { describeAdminCredential, getAdminCredential } = await import("@/comments/admin-credential");
  for (const line of describeAdminCredential(getAdminCredential())) console.log(line);
}
