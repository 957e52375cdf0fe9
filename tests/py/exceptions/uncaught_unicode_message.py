raise ValueError("错误: 无效的值")
