import Lignum
