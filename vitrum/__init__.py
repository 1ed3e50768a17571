"""vitrum: declare a model quantity once, derive its limits, check them against certified
high-precision numerics, and emit fast vectorized code.

Public face::

    import vitrum
    stm = vitrum.models.get("stm")
    stm.quantities["relaxation_rate"].reference(Delta=..., Delta0=..., T=..., A=...)
    report = vitrum.check("stm")
"""

from vitrum import models
from vitrum.checks import Report, check
from vitrum.claims import Asymptote, Claim, Extremum, Identity, Inequality, Limit, Order, Regime, Scaling, Solves, Value
from vitrum.declare import Citation, Constant, DeclarationError, Domain, Model, NumericDefinition, Param, Quantity

__version__ = "0.1.0"

__all__ = [
    "models", "check", "Report",
    "Param", "Constant", "Citation", "Quantity", "NumericDefinition", "Model", "Domain", "DeclarationError",
    "Claim", "Identity", "Limit", "Asymptote", "Value", "Solves", "Extremum", "Inequality", "Scaling", "Regime", "Order",
]
