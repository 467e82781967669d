/** The exact quotient and remainder of `(a × b) / divisor`, rounded down. */
export interface FloorQuotient {
  quotient: number;
  remainder: number;
}

/** Divides `a × b` by `divisor` exactly for non-negative safe integers, however large the product. */
export function floorMulDiv(a: number, b: number, divisor: number): FloorQuotient {
  const product = a * b;
  if (Number.isSafeInteger(product)) {
    let quotient = Math.floor(product / divisor);
    // The float division is correctly rounded, so it can land one above or below the true floor.
    if (quotient * divisor > product) quotient -= 1;
    else if ((quotient + 1) * divisor <= product) quotient += 1;
    return { quotient, remainder: product - quotient * divisor };
  }
  const exact = BigInt(a) * BigInt(b);
  const bigDivisor = BigInt(divisor);
  return {
    quotient: Number(exact / bigDivisor),
    remainder: Number(exact % bigDivisor),
  };
}
