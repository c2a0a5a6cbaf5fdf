import { SENT_PARAM, TIMELINE_FIELDS, type FieldError, type TimelineField } from "@/tools";
import { ErrorSummary } from "./ErrorSummary";
import { FocusResult } from "./FocusResult";
import { RESULT_HASH } from "./result-anchor";

type Values = Partial<Record<TimelineField, string>>;

const inputClass = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base aria-[invalid=true]:border-red-700";

function Field({
  field,
  type = "text",
  values,
  errors,
  hint,
  inputMode,
  placeholder,
}: {
  field: TimelineField;
  type?: "text" | "date";
  values: Values;
  errors: FieldError[];
  hint?: React.ReactNode;
  inputMode?: "decimal" | "numeric";
  placeholder?: string;
}) {
  const error = errors.find((e) => e.field === field);
  const id = `timeline-${field}`;
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {TIMELINE_FIELDS[field]}
      </label>
      <input
        id={id}
        name={field}
        type={type}
        defaultValue={values[field] ?? ""}
        inputMode={inputMode}
        placeholder={placeholder}
        maxLength={40}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}
        className={inputClass}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {error.message}
        </p>
      )}
    </div>
  );
}

/** A plain GET form: works without JavaScript, and the result page's URL can be shared. */
export function TimelineForm({ values, errors }: { values: Values; errors: FieldError[] }) {
  return (
    <form action={`/tools/timeline${RESULT_HASH}`} method="get" className="no-print space-y-4 rounded-lg border border-slate-200 p-4" noValidate>
      <FocusResult />
      <ErrorSummary messages={errors.map((error) => error.message)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field field="due" type="date" values={values} errors={errors} hint="合同或账单上应该还款的那一天。" />
        <Field field="days" values={values} errors={errors} inputMode="numeric" placeholder="例如 40" hint="不记得还款日？填已经逾期几天（填了还款日就不用填）。" />
        <Field field="principal" values={values} errors={errors} inputMode="decimal" placeholder="例如 3000" hint="单位：元。逾期未还的本金。" />
        <Field
          field="rate"
          values={values}
          errors={errors}
          inputMode="decimal"
          placeholder="不知道就空着"
          hint={<>单位：% 每天。在借款合同的“逾期利息”“罚息”条款或 App 账单页找。合同写“万分之五”就填 0.05。空着也可以：只显示公式和天数。</>}
        />
      </div>
      <details className="rounded-md bg-slate-50 p-3" open={Boolean(values.repay || values.asof)}>
        <summary className="cursor-pointer font-semibold">更多：打算哪天还清、按哪天计算</summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <Field field="repay" type="date" values={values} errors={errors} hint="用来算征信记录哪天删除。默认按今天还清。" />
          <Field field="asof" type="date" values={values} errors={errors} hint="默认今天（北京时间）。" />
        </div>
      </details>
      <input type="hidden" name={SENT_PARAM} value="1" />
      <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 text-lg text-white hover:bg-brand-800">
        计算
      </button>
    </form>
  );
}
