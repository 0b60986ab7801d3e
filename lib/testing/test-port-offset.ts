/** Lets several checkouts on one machine run their tests side by side: LOMAKE_TEST_PORT_OFFSET=10 shifts every test port. */
export const TEST_PORT_OFFSET = Number(process.env.LOMAKE_TEST_PORT_OFFSET ?? 0);
