import type { TReadAnswer } from "@/lib/forms/read-answers";

const UNANSWERED = "—";

/** Answers as a person reads them (lib/forms/read-answers.ts): a value per field, a group's rows as a table. */
export function ReadAnswersList({ answers }: { answers: TReadAnswer[] }) {
  return (
    <>
      {answers.map((answer) => (
        <div key={answer.key} data-testid="submission-answer" data-key={answer.key}>
          <dt className="font-semibold">{answer.label}</dt>
          {answer.kind === "value" ? (
            <dd className="mb-2 whitespace-pre-wrap break-words">{answer.text ?? UNANSWERED}</dd>
          ) : answer.rows.length === 0 ? (
            <dd className="mb-2">{UNANSWERED}</dd>
          ) : (
            <dd className="relative mb-2 overflow-x-auto">
              <table className="data-table responsive-table">
                <caption className="sr-only">{answer.label}</caption>
                <thead>
                  <tr>
                    <th scope="col">{answer.rowLabel}</th>
                    {answer.columns.map((column) => (
                      <th key={column.key} scope="col">
                        {column.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {answer.rows.map((cells, index) => (
                    <tr key={index}>
                      <td data-label={answer.rowLabel}>{index + 1}</td>
                      {answer.columns.map((column, columnIndex) => (
                        <td key={column.key} data-label={column.label} className="whitespace-pre-wrap">
                          {cells[columnIndex] ?? UNANSWERED}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </dd>
          )}
        </div>
      ))}
    </>
  );
}
