/** Shared by SearchBox and its lazily loaded SearchPanel: the combobox points at options by these ids. */
export type LoadState = "idle" | "loading" | "ready" | "failed";

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;
