// Capaian (%) as formula text, one rule for the recap sheets and the quarter sheets alike.

/**
 * Capaian (%) as in core/capaian.ts. Only numbers count, so a no-data marker (`-`) typed in a
 * quarter's Realisasi gives a blank, not #VALUE!.
 */
export function capaianFormula(t: string, re: string, isNegatif: string): string {
  return (
    `IF(OR(NOT(ISNUMBER(${t})),NOT(ISNUMBER(${re}))),"",IF(${t}=0,IF(${isNegatif},IF(${re}=0,100,0),""),` +
    `IF(${isNegatif},MAX(0,ROUND((2*${t}-${re})/${t}*100,2)),MAX(0,ROUND(${re}/${t}*100,2)))))`
  );
}
