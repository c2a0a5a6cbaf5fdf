import { SENT_PARAM, type ComplaintAnswers, type ComplaintData } from "@/tools";
import { ErrorSummary } from "./ErrorSummary";
import { FocusResult } from "./FocusResult";
import { RESULT_HASH } from "./result-anchor";

function Choices({
  legend,
  name,
  type,
  options,
  chosen,
}: {
  legend: string;
  name: string;
  type: "checkbox" | "radio";
  options: { id: string; label: string }[];
  chosen: string[];
}) {
  return (
    <fieldset className="space-y-1">
      <legend className="font-semibold">{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className="flex items-start gap-2 py-1">
          <input type={type} name={name} value={option.id} defaultChecked={chosen.includes(option.id)} className="mt-1.5 size-5 shrink-0" />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** A plain GET form: works without JavaScript, and the answer's URL can be shared. */
export function ComplaintForm({ data, answers, errors }: { data: ComplaintData; answers: ComplaintAnswers; errors: string[] }) {
  return (
    <form action={`/tools/complain${RESULT_HASH}`} method="get" className="no-print space-y-5 rounded-lg border border-slate-200 p-4">
      <FocusResult />
      <ErrorSummary messages={errors} />
      <Choices legend="1. 谁被联系了？（可多选）" name="who" type="checkbox" options={data.questions.who} chosen={answers.who} />
      <Choices legend="2. 发生了什么？（可多选）" name="what" type="checkbox" options={data.questions.what} chosen={answers.what} />
      <Choices legend="3. 借钱给你的是哪类机构？" name="lender" type="radio" options={data.questions.lender} chosen={answers.lender ? [answers.lender] : []} />
      <input type="hidden" name={SENT_PARAM} value="1" />
      <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 text-lg text-white hover:bg-brand-800">
        查看该找谁
      </button>
    </form>
  );
}
