import { mailtoHref } from "@/sharing";
import { CONTACT_EMAIL } from "@/site-config";

/**
 * A mailto link with the subject and the lines we need already filled in, so a reader on a phone taps once
 * and only fills the blanks. Without a configured address it says so plainly instead of pointing nowhere.
 */
export function ContactEmail({ subject, lines, fallback }: { subject: string; lines: string[]; fallback: React.ReactNode }) {
  if (!CONTACT_EMAIL) return <>{fallback}</>;
  const href = mailtoHref(CONTACT_EMAIL, subject, lines);
  return (
    <>
      发邮件到{" "}
      <a href={href} className="text-brand-700 underline">
        {CONTACT_EMAIL}
      </a>
      （点一下会打开写好标题和提纲的邮件）
    </>
  );
}
