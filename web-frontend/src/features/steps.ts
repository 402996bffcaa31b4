import { ref, type Ref } from 'vue';
import { useSubmit } from './submission';

/**
 * The lifecycle step a staff member chose on a case or an application. Choosing one that
 * needs no input sends it at once; otherwise its form opens. `missing` says which required
 * input is empty; `take` sends (one at a time, the problem kept in `error`) and closes the
 * form after a success.
 */
export function useSteps<A>(needsForm: (action: A) => boolean, send: (action: A) => unknown) {
  const chosen = ref() as Ref<A | undefined>;
  const missing = ref('');
  const { busy: sending, error, run } = useSubmit();

  function choose(action: A) {
    chosen.value = action;
    missing.value = '';
    error.value = undefined;
    if (!needsForm(action)) void send(action);
  }

  async function take(step: () => Promise<unknown>): Promise<boolean> {
    missing.value = '';
    const done = await run(step);
    if (done) chosen.value = undefined;
    return done;
  }

  return { chosen, missing, sending, error, needsForm, choose, take };
}

export type Steps<A> = ReturnType<typeof useSteps<A>>;
