import { SITE_NAME } from "@/site-config";
import { HeaderSearch } from "./HeaderSearch";

export function SiteHeader() {
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-3xl flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
        <a href="/" className="text-lg font-bold text-brand-800 no-underline">
          {SITE_NAME}
        </a>
        <HeaderSearch />
      </div>
    </header>
  );
}
