"""Smart City Co-Creation Desktop: offline workshops, from sticky notes to decisions."""

__version__ = "0.1.0"
APP_NAME = "Smart City Co-Creation Desktop"
APP_ORG = "SmartCityCoCreation"
