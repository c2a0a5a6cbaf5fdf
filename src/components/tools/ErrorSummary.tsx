import { RESULT_ID } from "./result-anchor";

/**
 * "请改一下这几处" above a tool form. It takes the result's id when there is no result, so the
 * form's `#result` fragment lands on the message after an empty or wrong submit.
 */
export function ErrorSummary({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div id={RESULT_ID} tabIndex={-1} role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
      <p className="font-semibold">请改一下这几处：</p>
      <ul className="list-disc pl-5">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
