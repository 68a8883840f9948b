"""Reconstruction: lines → reflowed blocks → element roles → articles."""

from banmian.reconstruct.assemble import reconstruct

__all__ = ["reconstruct"]
