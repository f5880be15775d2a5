def churn(rows):
    return [r for r in rows if r.churned]
