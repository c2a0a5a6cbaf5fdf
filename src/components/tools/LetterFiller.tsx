"use client";

import { useEffect, useState } from "react";
import { fillLetter, letterFileName, type LetterTemplate } from "@/tools";
import { isWeChatUserAgent } from "../in-wechat";
import { CopyButton } from "./CopyButton";

type Props = { template: Pick<LetterTemplate, "title" | "placeholders" | "segments"> };

const inputClass = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base";

/**
 * Fills the template in the browser as you type. Deliberately no <form> and no input `name`s:
 * pressing Enter cannot submit anything, and nothing typed leaves the page or is stored.
 */
export function LetterFiller({ template }: Props) {
  const [ready, setReady] = useState(false); // the form needs JavaScript; without it only the blank letter shows
  const [inWeChat, setInWeChat] = useState(false);
  const [values, setValues] = useState<Record<string, string>>({});
  useEffect(() => {
    setReady(true);
    setInWeChat(isWeChatUserAgent(navigator.userAgent));
  }, []);
  const text = fillLetter(template, values);

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = letterFileName(template.title);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <div className="space-y-6">
      {ready ? (
        <div className="no-print space-y-4 rounded-lg border border-slate-200 p-4" role="group" aria-label="填写模板">
          <p className="text-sm text-slate-700">边填边在下面生成信件。关掉页面，填的内容就没了。</p>
          {template.placeholders.map((placeholder) => {
            const id = `letter-${placeholder.key}`;
            const common = {
              id,
              value: values[placeholder.key] ?? "",
              autoComplete: "off",
              "aria-describedby": placeholder.hint ? `${id}-hint` : undefined,
              className: inputClass,
              onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
                setValues((current) => ({ ...current, [placeholder.key]: event.target.value })),
            };
            return (
              <div key={placeholder.key}>
                <label htmlFor={id} className="font-semibold">
                  {placeholder.label}
                </label>
                {placeholder.multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
                {placeholder.hint && (
                  <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
                    {placeholder.hint}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      ) : (
        <p className="no-print rounded-md bg-slate-50 p-3 text-slate-700">
          开启 JavaScript 后可以在这里填空生成信件。也可以打印或抄写下面的模板，把【】里的内容换成你的情况。
        </p>
      )}

      <div className="space-y-3">
        <h2 className="no-print text-xl font-bold">信件</h2>
        <div className="letter-print print:border-0 print:p-0 whitespace-pre-wrap break-words rounded-md border border-slate-300 bg-white p-4 text-base leading-8" data-testid="letter-text">
          {text}
        </div>
        {ready && (
          <div className="no-print flex flex-wrap items-center gap-2">
            <CopyButton text={text} label="复制全文" />
            {inWeChat ? (
              // WeChat ignores window.print() and does not save blob downloads: offer only what works there.
              <p className="w-full text-sm text-slate-700" data-testid="wechat-letter-note">
                在微信里不能直接打印或下载。复制全文后，可以粘贴到备忘录、短信或邮件里；要打印，点右上角“···”，选“在浏览器中打开”。
              </p>
            ) : (
              <>
                <button type="button" onClick={() => window.print()} className="rounded-md border border-brand-700 px-4 py-2 text-brand-800 hover:bg-brand-50">
                  打印
                </button>
                <button type="button" onClick={download} className="rounded-md border border-brand-700 px-4 py-2 text-brand-800 hover:bg-brand-50">
                  下载 .txt
                </button>
              </>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
