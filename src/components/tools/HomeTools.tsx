import { getToolkit } from "@/tools/server";
import { ToolCards } from "./ToolCards";

/** The home page's small "实用工具" section. */
export async function HomeTools() {
  const { tools } = await getToolkit();
  return (
    <section aria-labelledby="tools-title">
      <h2 id="tools-title" className="text-xl font-bold">
        实用工具
      </h2>
      <ToolCards tools={tools} />
    </section>
  );
}
