declare module "finnish-bank-utils" {
  const FinnishBankUtils: {
    isValidFinnishIBAN(accountNumber: string): boolean;
    isValidFinnishRefNumber(refNumber: string): boolean;
    generateFinnishIBAN(): string;
  };
  export default FinnishBankUtils;
}
