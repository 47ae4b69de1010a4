/** Unique ids for the terms' tooltips (aria-describedby), without $props.id(), whose runtime would land in the first load. */
let count = 0;
export function nextTipId(): string {
  count += 1;
  return `term-${count}`;
}
