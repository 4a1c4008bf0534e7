/**
 * Peak concurrency of a month's calls (tariff-format.md §7): the most calls in
 * progress at one instant, each occupying [start, start + seconds). A call
 * that ends as another starts does not overlap it; calls of 0 s occupy
 * nothing and are never given here.
 */

/** Collects a month's call intervals and finds the largest overlap. */
export class ConcurrencyCounter {
  // Seconds since the month's first midnight; grown by doubling.
  #starts: Float64Array = new Float64Array(64);
  #ends: Float64Array = new Float64Array(64);
  #size = 0;

  /** Adds the answered call [start, start + seconds), seconds > 0. */
  add(start: number, seconds: number): void {
    if (this.#size === this.#starts.length) {
      this.#starts = grown(this.#starts);
      this.#ends = grown(this.#ends);
    }
    this.#starts[this.#size] = start;
    this.#ends[this.#size] = start + seconds;
    this.#size++;
  }

  /** The most intervals that contain one instant; 0 without intervals. */
  peak(): number {
    const starts = this.#starts.subarray(0, this.#size).sort();
    const ends = this.#ends.subarray(0, this.#size).sort();
    let peak = 0;
    let ended = 0;
    for (let started = 0; started < starts.length; started++) {
      const at = starts[started]!;
      // Half-open intervals: one that ends at `at` is over when this one starts.
      while (ends[ended]! <= at) ended++;
      peak = Math.max(peak, started + 1 - ended);
    }
    return peak;
  }
}

function grown(array: Float64Array): Float64Array {
  const bigger = new Float64Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
