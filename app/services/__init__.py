"""The domain: the rules of domain.md, use cases and the audit trail. No Qt in here."""
