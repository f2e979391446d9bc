public enum _DOMPlaceholder {}
