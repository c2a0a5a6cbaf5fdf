import { serializeJsonLd, type JsonLd as JsonLdData } from "@/sharing";

/** schema.org structured data for search engines; one script per object, missing ones skipped. */
export function JsonLd({ data }: { data: (JsonLdData | undefined)[] }) {
  return (
    <>
      {data
        .filter((item): item is JsonLdData => item !== undefined)
        .map((item) => (
          <script key={item["@type"]} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(item) }} />
        ))}
    </>
  );
}
