/**
 * Waiting for the learner to come near a part of the page (issue 12): a
 * panel far below the first screen is rendered when it is about to be seen,
 * not while a slow phone is still starting the page. Apart from later.ts,
 * which is in the first load: only the lazy panels need this.
 */

/**
 * Resolves once `place` is within half a screen of the viewport, or the
 * learner starts using the page (a key or a pointer anywhere: a keyboard
 * user tabbing on must find what comes next), whichever is first. Without
 * IntersectionObserver it resolves at once. `stop()` forgets the watch.
 */
export function whenNear(place: Element): { readonly near: Promise<void>; stop(): void } {
  const stops: Array<() => void> = [];
  const near = new Promise<void>((resolve) => {
    if (typeof IntersectionObserver === 'undefined') return resolve();
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) resolve();
    }, { rootMargin: '0px 0px 50% 0px' });
    seen.observe(place);
    stops.push(() => seen.disconnect());
    const used = () => resolve();
    for (const type of ['keydown', 'pointerdown'] as const) {
      addEventListener(type, used, { capture: true, passive: true });
      stops.push(() => removeEventListener(type, used, { capture: true }));
    }
  });
  void near.then(() => stops.forEach((stop) => stop()));
  return { near, stop: () => stops.forEach((stop) => stop()) };
}
