/** The moderator password the e2e server is started with (playwright.config.ts). */
export const E2E_ADMIN_PASSWORD = "e2e-admin-password-not-secret";
