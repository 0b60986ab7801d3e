import { describe, expect, it } from "vitest";
import { findServerActionBodyProblem } from "@/lib/http/server-action-body";

/** A Request built from a string carries no content-length header unless one is given, like a streamed post. */
function actionPost(body: string, headers: Record<string, string>) {
  return new Request("http://localhost/admin", { method: "POST", body, headers });
}

describe("a Server Action body Next could not decode is refused before it answers 500", () => {
  it("asks for a length when none is declared (411), so the size limit holds", async () => {
    expect(await findServerActionBodyProblem(actionPost("[]", { "content-type": "text/plain" }))).toBe(
      "length required",
    );
  });

  it("accepts what a browser sends", async () => {
    const ok = { "content-type": "text/plain;charset=UTF-8", "content-length": "2" };
    expect(await findServerActionBodyProblem(actionPost("[]", ok))).toBeNull();
    expect(
      await findServerActionBodyProblem(actionPost('["x",1]', { ...ok, "content-length": "7" })),
    ).toBeNull();
    const form = new FormData();
    form.set("1_$ACTION_ID_abc", "");
    const multipart = new Request("http://localhost/admin", { method: "POST", body: form });
    const withLength = new Request(multipart, {
      headers: { "content-type": multipart.headers.get("content-type")!, "content-length": "100" },
    });
    expect(await findServerActionBodyProblem(withLength)).toBeNull();
  });

  it("names what is wrong with a malformed body", async () => {
    const length = { "content-length": "10" };
    expect(
      await findServerActionBodyProblem(actionPost("{not json", { "content-type": "text/plain", ...length })),
    ).toBe("body is not JSON");
    expect(
      await findServerActionBodyProblem(actionPost('{"a":1}', { "content-type": "text/plain", ...length })),
    ).toBe("arguments are not a list");
    expect(
      await findServerActionBodyProblem(
        actionPost("x", { "content-type": "multipart/form-data", ...length }),
      ),
    ).toBe("multipart without a boundary");
    expect(
      await findServerActionBodyProblem(
        actionPost("garbage", { "content-type": "multipart/form-data; boundary=zz", ...length }),
      ),
    ).toBe("multipart body does not parse");
    expect(
      await findServerActionBodyProblem(actionPost("x", { "content-type": "application/xml", ...length })),
    ).toBe("unexpected content type");
  });
});
