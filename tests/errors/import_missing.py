print("before import")
import definitely_not_a_real_module_xyz
